import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { AuditRecordEntity } from '@app/audit/entities';
import { newId } from '@app/common';
import { PasswordService } from '@app/identity';
import { AccountEntity } from '@app/identity/entities';
import { ContactPointEntity, ExpertEntity } from '@app/organization/entities';
import { errorOf, must, startTestApp, type GqlResult, type TestApp } from '../support/test-app.js';

const CREATE = 'mutation($input: CreateAccountInput!) { createAccount(input: $input) { id username } }';
const CHANGE = 'mutation($input: ChangePasswordInput!) { changePassword(input: $input) { id } }';
const ADD_EXPERT = 'mutation($input: AddExpertInput!) { addExpert(input: $input) { id } }';

/** The refusal as a person sees it: code, reason, the field it lands on and the Chinese message. */
function refusal(res: GqlResult<unknown>) {
  const error = res.errors?.[0];
  return {
    ...errorOf(res),
    fields: error?.extensions.fields?.map((f) => f.field),
  };
}

/**
 * The password policy (NIST SP 800-63B: refuse what is guessed first) over HTTP: createAccount and changePassword
 * refuse a common password, one built on the username, the person's name or phone, and a sequence — with
 * BAD_USER_INPUT, a stable reason on the password field, and nothing written; strong passphrases (Chinese ones too) pass.
 */
describe('password policy', () => {
  let t: TestApp;
  let admin: string;
  let pointId: string;
  const audits = () => t.db.getRepository(AuditRecordEntity).count();
  const accountNamed = (username: string) => t.db.getRepository(AccountEntity).findOneBy({ username });

  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.login('admin');
    pointId = (
      await t.db
        .getRepository(ContactPointEntity)
        .findOneByOrFail({ name: '西南大学国家治理学院基层立法联系点' })
    ).id;
  });
  afterAll(() => t.close());

  it('createAccount refuses a common password with PASSWORD_TOO_COMMON on input.password, and writes nothing', async () => {
    const before = await audits();
    for (const password of ['woaini1314', 'qq123456', 'Password2024!', 'p@ssw0rd']) {
      const res = await t.gql(
        CREATE,
        { input: { username: 'weak.pw', password, displayName: '新用户', role: 'SYSTEM_ADMIN' } },
        admin,
      );
      expect([password, refusal(res)]).toEqual([
        password,
        {
          code: 'BAD_USER_INPUT',
          reason: 'PASSWORD_TOO_COMMON',
          message: expect.stringMatching(/常见密码.*请换一个/),
          fields: ['input.password'],
        },
      ]);
    }
    expect(await accountNamed('weak.pw')).toBeNull();
    expect(await audits()).toBe(before);
  });

  it('createAccount refuses the username, a sequence, and the linked member’s name or phone — the member stays unlinked', async () => {
    const create = (input: Record<string, unknown>) =>
      t.gql(CREATE, { input: { displayName: '新用户', role: 'SYSTEM_ADMIN', ...input } }, admin);
    expect(refusal(await create({ username: 'zhoumin', password: 'zhoumin@2024' }))).toMatchObject({
      reason: 'PASSWORD_CONTAINS_USERNAME',
      fields: ['input.password'],
    });
    expect(refusal(await create({ username: 'seq.user', password: 'qwertyuiop' }))).toMatchObject({
      reason: expect.stringMatching(/^PASSWORD_TOO_(SIMPLE|COMMON)$/),
    });
    expect(refusal(await create({ username: 'seq.user', password: '13579-abcdefgh' }))).toMatchObject({
      reason: 'PASSWORD_TOO_SIMPLE',
    });

    const expert = must(
      await t.gql<{ addExpert: { id: string } }>(
        ADD_EXPERT,
        {
          input: {
            contactPointId: pointId,
            name: '柯文澜',
            discipline: '行政法',
            affiliation: '（测试）某大学',
            phone: '13923456781',
          },
        },
        admin,
      ),
    ).addExpert;
    const before = await audits();
    const forExpertArgs = (password: string) =>
      [
        CREATE,
        {
          input: {
            username: 'kewenlan',
            password,
            displayName: '柯老师',
            role: 'EXPERT',
            organizationId: pointId,
            memberId: expert.id,
          },
        },
        admin,
      ] as const;
    const forExpert = (password: string) => t.gql(...forExpertArgs(password));
    // The member record's name and phone count, not only what the form's display name says.
    for (const password of ['柯文澜19800101', '13923456781', 'kwl13923456781']) {
      expect([password, refusal(await forExpert(password))]).toEqual([
        password,
        {
          code: 'BAD_USER_INPUT',
          reason: 'PASSWORD_CONTAINS_PERSONAL_INFO',
          message: expect.stringMatching(/姓名或手机号.*请换一个/),
          fields: ['input.password'],
        },
      ]);
    }
    expect(await accountNamed('kewenlan')).toBeNull();
    expect((await t.db.getRepository(ExpertEntity).findOneByOrFail({ id: expert.id })).accountId).toBeNull();
    expect(await audits()).toBe(before);

    // A Chinese-character passphrase passes, links the member and signs in.
    const ok = must(await t.gql<{ createAccount: { id: string } }>(...forExpertArgs('缙云山上看日出的早晨')));
    expect((await t.db.getRepository(ExpertEntity).findOneByOrFail({ id: expert.id })).accountId).toBe(
      ok.createAccount.id,
    );
    expect(await t.login('kewenlan', '缙云山上看日出的早晨')).toEqual(expect.any(String));
  });

  it('changePassword refuses a common password with PASSWORD_TOO_COMMON on input.newPassword, and writes nothing', async () => {
    const token = await t.login('liaison');
    const before = await accountNamed('liaison');
    const auditsBefore = await audits();
    for (const newPassword of ['iloveyou', 'abc123456', '1qaz2wsx', 'woaini520!']) {
      const res = await t.gql(CHANGE, { input: { currentPassword: 'demo-password', newPassword } }, token);
      expect([newPassword, refusal(res)]).toEqual([
        newPassword,
        {
          code: 'BAD_USER_INPUT',
          reason: 'PASSWORD_TOO_COMMON',
          message: expect.stringMatching(/常见密码.*请换一个/),
          fields: ['input.newPassword'],
        },
      ]);
    }
    const after = await accountNamed('liaison');
    expect(after!.passwordHash).toBe(before!.passwordHash);
    expect(after!.credentialVersion).toBe(before!.credentialVersion);
    expect(await audits()).toBe(auditsBefore);
    // The token still works and the old password still signs in: nothing was changed.
    expect((await t.gql('{ me { username } }', {}, token)).data).toEqual({ me: { username: 'liaison' } });
    expect(await t.login('liaison')).toEqual(expect.any(String));
  });

  it('changePassword refuses the username and the linked member’s name; a strong passphrase passes', async () => {
    const token = await t.login('head');
    const change = (newPassword: string) =>
      t.gql(CHANGE, { input: { currentPassword: 'demo-password', newPassword } }, token);
    expect(refusal(await change('head-2024!'))).toMatchObject({ reason: 'PASSWORD_CONTAINS_USERNAME' });
    const account = await accountNamed('head');
    const member = await t.db.query<Array<{ name: string }>>(
      'SELECT name FROM executive_member WHERE account_id = ?',
      [account!.id],
    );
    expect(member).toHaveLength(1);
    expect(refusal(await change(`${member[0].name}12345678`))).toMatchObject({
      reason: 'PASSWORD_CONTAINS_PERSONAL_INFO',
      fields: ['input.newPassword'],
    });
    expect(refusal(await change('87654321'))).toMatchObject({
      reason: expect.stringMatching(/^PASSWORD_TOO_(SIMPLE|COMMON)$/),
    });
    // The member record's phone (shown nowhere to its owner) is checked only once the current password is right: with a
    // wrong one the answer is the wrong password, so a stolen token cannot confirm guesses at it (review SEC-3).
    const [{ phone }] = await t.db.query<Array<{ phone: string }>>(
      'SELECT phone FROM executive_member WHERE account_id = ?',
      [account!.id],
    );
    const onPhone = `lgh${phone}`;
    expect(
      refusal(await t.gql(CHANGE, { input: { currentPassword: 'not-my-password', newPassword: onPhone } }, token)),
    ).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' });
    expect(refusal(await change(onPhone))).toMatchObject({
      reason: 'PASSWORD_CONTAINS_PERSONAL_INFO',
      fields: ['input.newPassword'],
    });
    expect((await change('嘉陵江边的黄葛树又发芽了')).errors).toBeUndefined();
    expect(await t.login('head', '嘉陵江边的黄葛树又发芽了')).toEqual(expect.any(String));
  });

  it('lets an existing account whose password the policy would refuse keep signing in (no forced reset)', async () => {
    const passwords = t.app.get(PasswordService);
    const now = new Date();
    await t.db.getRepository(AccountEntity).insert({
      id: newId(),
      username: 'legacy.weak',
      displayName: '旧账号',
      passwordHash: await passwords.hash('12345678'),
      active: true,
      credentialVersion: 0,
      createdAt: now,
      updatedAt: now,
    });
    expect(await t.login('legacy.weak', '12345678')).toEqual(expect.any(String));
  });
});

// The built CLI (built first when stale), as an operator runs it: tsx emits no decorator metadata for Nest.
describe('npm run cli -- account:create-admin', () => {
  const run = promisify(execFile);
  const dir = mkdtempSync(join(tmpdir(), 'minyi-cli-pw-'));
  const env = {
    ...process.env,
    DATABASE_URL: `sqlite:${join(dir, 'cli.sqlite')}`,
    TOKEN_SECRET: 'cli-password-policy-secret-0123456789',
    SEED_DEMO: 'false',
  };
  const cli = (args: string[], password: string) =>
    run(process.execPath, ['apps/cli/scripts/cli.mjs', ...args], {
      env: { ...env, MINYI_ADMIN_PASSWORD: password },
    }).then(
      (r) => ({ code: 0, stderr: r.stderr }),
      (e: { code: number; stderr: string }) => ({ code: e.code, stderr: e.stderr }),
    );

  it('refuses a common password with its reason and creates the admin with a passphrase', async () => {
    expect((await cli(['migrate'], '')).code).toBe(0);
    const common = await cli(['account:create-admin', 'chief'], 'woaini1314');
    expect(common.code).toBe(65);
    expect(common.stderr).toMatch(/常见密码.*\[PASSWORD_TOO_COMMON\]/);
    const ok = await cli(['account:create-admin', 'chief'], '红岩村的灯火到深夜');
    expect(ok).toMatchObject({ code: 0, stderr: expect.stringContaining('已创建系统管理员 chief') });
  }, 240_000);
});
