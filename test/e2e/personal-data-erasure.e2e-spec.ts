import { tmpdir } from 'node:os';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PersonalDataErasureJob, PersonalDataRetention } from '@app/adoption';
import { AuditRecordEntity } from '@app/audit/entities';
import { ContributorEntity, OpinionEntity, OpinionRevisionEntity } from '@app/feedback/entities';
import { JobEntity } from '@app/jobs/entities';
import { systemActor } from '@app/jobs';
import { loadSettings, SettingsError } from '../../apps/api/src/settings.js';
import { docxText } from '../support/office-files.js';
import { demoTaskRefs, errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Attack F5 (个人信息保护法 art. 19, 47): a contributor's name and phone are erased when the opinion is withdrawn, when the
 * person asks, and — by the retention job — once the outcome was told, or published / the task archived the retention
 * period ago; the consent record and the fact of erasure stay, audited without the data.
 */
const SUBMIT = `mutation($input: SubmitOpinionInput!) { submitOpinion(input: $input) { opinion { id } } }`;
const CONTRIBUTOR = `query($id: ID!) { opinion(id: $id) { status contributor {
  name phone address note consentText consentMethod consentAt notifyOutcome erased erasedAt erasureReason } } }`;
const ERASE = `mutation($i: EraseContributorInput!) { eraseContributor(input: $i) { name phone erased erasureReason consentText } }`;
const DELIVER =
  'mutation($i: RecordFeedbackDeliveryInput!) { recordFeedbackDelivery(input: $i) { method deliveredAt } }';
const DAY_MS = 24 * 3600_000;

interface Contributor {
  name: string | null;
  phone: string | null;
  address: string | null;
  note: string | null;
  consentText: string;
  consentAt: string;
  notifyOutcome: boolean;
  erased: boolean;
  erasedAt: string | null;
  erasureReason: string | null;
}

describe('contributors’ personal data is erased once it is no longer needed', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let dogTaskId: string;
  let pointId: string;

  const submit = async (provisionAddress: string, name: string, phone: string, notifyOutcome: boolean) =>
    must(
      await t.gql<{ submitOpinion: { opinion: { id: string } } }>(
        SUBMIT,
        {
          input: {
            taskId: dogTaskId,
            provisionAddress,
            proposedChange: `建议明确本条的适用范围（${provisionAddress}）`,
            channel: 'VISIT',
            contributorCategory: 'RESIDENT',
            contributor: {
              name,
              phone,
              address: '北碚区天生街道',
              consentText: '同意将姓名电话用于意见核实和采纳反馈',
              consentMethod: 'ORAL',
              minor: false,
              notifyOutcome,
            },
          },
        },
        tokens.collector,
      ),
    ).submitOpinion.opinion.id;
  const contributorOf = async (id: string, token = tokens.head) =>
    must(await t.gql<{ opinion: { status: string; contributor: Contributor } }>(CONTRIBUTOR, { id }, token))
      .opinion;
  const auditsMentioning = async (text: string) =>
    (await t.db.getRepository(AuditRecordEntity).find()).filter((a) =>
      `${a.before ?? ''}${a.after ?? ''}`.includes(text),
    ).length;

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'legislature', 'head', 'liaison', 'collector', 'unit'])
      tokens[user] = await t.login(user);
    ({ dogTaskId, pointId } = await demoTaskRefs(t, tokens.head));
  });
  afterAll(() => t.close());

  it('validates the retention settings like the others', () => {
    const settings = (env: Record<string, string>) =>
      loadSettings(
        {
          NODE_ENV: 'test',
          TOKEN_SECRET: 'x'.repeat(48),
          PERSONAL_DATA_KEY: Buffer.alloc(32, 7).toString('base64'),
          ...env,
        },
        tmpdir(),
      );
    expect(settings({})).toMatchObject({
      personalDataRetentionDays: 180,
      personalDataErasureIntervalSeconds: 3600,
    });
    expect(settings({ PERSONAL_DATA_RETENTION_DAYS: '30' }).personalDataRetentionDays).toBe(30);
    for (const bad of <Array<Record<string, string>>>[
      { PERSONAL_DATA_RETENTION_DAYS: '0' },
      { PERSONAL_DATA_ERASURE_INTERVAL_SECONDS: '1.5' },
    ]) {
      expect(() => settings(bad)).toThrow(SettingsError);
    }
    expect(() => settings({ PERSONAL_DATA_RETENTION_DAYS: '半年' })).toThrow(
      /PERSONAL_DATA_RETENTION_DAYS 应为 1–3650 的整数/,
    );
  });

  it('erases the name and phone when the opinion is withdrawn, at once; the consent record and the erasure stay', async () => {
    const id = await submit('art_9', '张秘密', '13911112222', true);
    expect(await contributorOf(id)).toMatchObject({ contributor: { name: '张秘密', phone: '13911112222' } });

    // The submission's idempotency hash was taken over the name and phone too (a guess could be tested against it).
    const { contentHash } = await t.db.getRepository(OpinionEntity).findOneByOrFail({ id });
    expect(contentHash).toMatch(/^[0-9a-f]{64}$/);
    const withdrawn = await t.gql(
      'mutation($i: OpinionStatusInput!) { withdrawOpinion(input: $i) { status } }',
      { i: { id, reason: '本人要求撤回并删除个人信息' } },
      tokens.collector,
    );
    expect(withdrawn.errors).toBeUndefined();

    // What the point head reads now: no name, no phone, no address; the consent given, and that it was erased.
    const after = await contributorOf(id);
    expect(after.status).toBe('WITHDRAWN');
    expect(after.contributor).toMatchObject({
      name: null,
      phone: null,
      address: null,
      note: null,
      consentText: '同意将姓名电话用于意见核实和采纳反馈',
      notifyOutcome: true,
      erased: true,
      erasureReason: 'WITHDRAWN',
    });
    expect(after.contributor.consentAt).toBeTruthy();
    expect(after.contributor.erasedAt).toBeTruthy();
    // The sealed data itself is gone (not only hidden), and the erasure is audited without the data.
    const row = await t.db.getRepository(ContributorEntity).findOneByOrFail({ opinionId: id });
    expect(row.sealed).toBe('');
    const records = await t.db
      .getRepository(AuditRecordEntity)
      .findBy({ action: 'contributor.erased', entityId: row.id });
    expect(records).toHaveLength(1);
    expect(JSON.parse(records[0].after!)).toEqual({ opinionId: id, reason: 'WITHDRAWN' });
    expect((await t.db.getRepository(OpinionEntity).findOneByOrFail({ id })).contentHash).toBe('');
    const revisions = await t.db.getRepository(OpinionRevisionEntity).findBy({ opinionId: id });
    expect(revisions.length).toBeGreaterThan(0);
    expect(revisions.some((r) => r.snapshot.includes(contentHash))).toBe(false);
    expect(await auditsMentioning('张秘密')).toBe(0);
    expect(await auditsMentioning('13911112222')).toBe(0);
  });

  it('erases on the person’s request, by those who may read it only; then refuses feedback delivery to them', async () => {
    const id = await submit('art_9', '李要求', '13922223333', true);
    expect(errorOf(await t.gql(ERASE, { i: { opinionId: id } }, tokens.unit))).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PERSONAL_DATA_FORBIDDEN',
    });
    expect(errorOf(await t.gql(ERASE, { i: { opinionId: id } }, tokens.legislature)).code).toBe('FORBIDDEN');
    expect(errorOf(await t.gql(ERASE, { i: { opinionId: id } }, tokens.admin)).code).toBe('FORBIDDEN');
    expect((await contributorOf(id)).contributor.name).toBe('李要求');

    const erased = await t.gql<{ eraseContributor: Contributor }>(
      ERASE,
      { i: { opinionId: id } },
      tokens.head,
    );
    expect(erased.data!.eraseContributor).toMatchObject({
      name: null,
      phone: null,
      erased: true,
      erasureReason: 'REQUESTED',
      consentText: '同意将姓名电话用于意见核实和采纳反馈',
    });
    // Asking again changes nothing (one audit record).
    expect((await t.gql(ERASE, { i: { opinionId: id } }, tokens.head)).errors).toBeUndefined();
    const row = await t.db.getRepository(ContributorEntity).findOneByOrFail({ opinionId: id });
    expect(
      await t.db.getRepository(AuditRecordEntity).countBy({ action: 'contributor.erased', entityId: row.id }),
    ).toBe(1);
    expect((await contributorOf(id, tokens.collector)).contributor).toMatchObject({
      name: null,
      erased: true,
    });

    // Nobody can be told any more: refused with its own code, before anything else is checked.
    expect(
      errorOf(await t.gql(DELIVER, { i: { opinionId: id, method: 'PHONE' } }, tokens.collector)),
    ).toMatchObject({
      code: 'CONFLICT',
      reason: 'CONTRIBUTOR_ERASED',
      message: expect.stringContaining('提出人的个人信息已删除'),
    });
    // An opinion without personal data has nothing to erase.
    const plain = must(
      await t.gql<{ submitOpinion: { opinion: { id: string } } }>(
        SUBMIT,
        {
          input: {
            taskId: dogTaskId,
            provisionAddress: 'art_9',
            proposedChange: '无个人信息的意见',
            channel: 'VISIT',
          },
        },
        tokens.collector,
      ),
    ).submitOpinion.opinion.id;
    expect(errorOf(await t.gql(ERASE, { i: { opinionId: plain } }, tokens.head))).toMatchObject({
      code: 'CONFLICT',
      reason: 'NO_CONTRIBUTOR',
    });
    // Someone who may not handle personal data learns nothing of whether an opinion carries any: the unit
    // administrator (who reads his unit's opinions) gets the same refusal for both, to erase and to read (attack F7:
    // NO_CONTRIBUTOR, or a null contributor, for the one without told him which held a name and phone).
    for (const opinionId of [id, plain]) {
      expect(errorOf(await t.gql(ERASE, { i: { opinionId } }, tokens.unit))).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'PERSONAL_DATA_FORBIDDEN',
      });
      const read = await t.gql<{ opinion: { contributor: unknown } | null }>(
        CONTRIBUTOR,
        { id: opinionId },
        tokens.unit,
      );
      expect(errorOf(read)).toMatchObject({ code: 'FORBIDDEN', reason: 'PERSONAL_DATA_FORBIDDEN' });
    }
  });

  it('erases by the retention job only what is due: told at once, published or archived after the period', async () => {
    const told = await submit('art_8__para_1__item_2', '赵已告知', '13933334444', true);
    const published = await submit('art_13__para_1__item_1', '钱已公布', '13944445555', false);
    const undecided = await submit('art_3', '孙未决定', '13955556666', false);

    // Consolidate, submit, decide two of the rows (those of `told` and `published`), publish.
    const ref = { taskId: dogTaskId, contactPointId: pointId };
    const run = (mutation: string, user: string) =>
      t.gql(`mutation($i: PointTaskRefInput!) { ${mutation} }`, { i: ref }, tokens[user]);
    for (const [mutation, user] of [
      ['draftSuggestions(input: $i) { created }', 'liaison'],
      ['requestConsolidationApproval(input: $i) { status }', 'liaison'],
      ['approveConsolidation(input: $i) { status }', 'head'],
      ['submitConsolidation(input: $i) { status }', 'liaison'],
    ] as const) {
      expect((await run(mutation, user)).errors).toBeUndefined();
    }
    const rows = must(
      await t.gql<{
        consolidation: {
          suggestions: {
            edges: Array<{ node: { id: string; sources: { edges: Array<{ node: { sourceId: string } }> } } }>;
          };
        };
      }>(
        `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(first: 100) { edges { node {
          id sources(first: 50) { edges { node { sourceId } } } } } } } }`,
        { t: dogTaskId, p: pointId },
        tokens.head,
      ),
    ).consolidation.suggestions.edges.map((e) => e.node);
    const rowOf = (opinionId: string) =>
      rows.find((r) => r.sources.edges.some((e) => e.node.sourceId === opinionId))!;
    expect(rowOf(undecided).id).not.toBe(rowOf(told).id);
    expect(rowOf(undecided).id).not.toBe(rowOf(published).id);
    for (const opinionId of [told, published]) {
      const decided = await t.gql(
        'mutation($i: RecordAdoptionDecisionInput!) { recordAdoptionDecision(input: $i) { id } }',
        { i: { suggestionId: rowOf(opinionId).id, outcome: 'NOT_ADOPTED', reason: '与上位法规定不一致。' } },
        tokens.legislature,
      );
      expect(decided.errors).toBeUndefined();
    }
    expect(
      (
        await t.gql(
          'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions } }',
          { i: { taskId: dogTaskId } },
          tokens.legislature,
        )
      ).errors,
    ).toBeUndefined();
    const publishedAt = new Date(
      must(
        await t.gql<{ opinion: { outcome: { publishedAt: string } } }>(
          'query($id: ID!) { opinion(id: $id) { outcome { publishedAt } } }',
          { id: published },
          tokens.head,
        ),
      ).opinion.outcome.publishedAt,
    );
    expect(
      (await t.gql(DELIVER, { i: { opinionId: told, method: 'PHONE' } }, tokens.collector)).errors,
    ).toBeUndefined();

    const names = async () =>
      Object.fromEntries(
        await Promise.all(
          [told, published, undecided].map(
            async (id) => [id, (await contributorOf(id)).contributor.name] as const,
          ),
        ),
      );
    expect(await names()).toEqual({ [told]: '赵已告知', [published]: '钱已公布', [undecided]: '孙未决定' });

    // The job, as the timer would start it: once per slot whichever instance asks; now, only the told one is due.
    const job = t.app.get(PersonalDataErasureJob);
    const started = await job.startSlot();
    expect((await job.startSlot()).id).toBe(started.id);
    let state = '';
    for (let i = 0; i < 600 && !['succeeded', 'failed'].includes(state); i++) {
      await new Promise((r) => setTimeout(r, 50));
      state = (await t.db.getRepository(JobEntity).findOneByOrFail({ id: started.id })).state;
    }
    expect(state).toBe('succeeded');
    expect(await names()).toEqual({ [told]: null, [published]: '钱已公布', [undecided]: '孙未决定' });
    expect((await contributorOf(told)).contributor).toMatchObject({
      erased: true,
      erasureReason: 'PURPOSE_ACHIEVED',
    });
    // The point sees the contributor was told and is gone (not "did not ask to be told").
    const outcome = must(
      await t.gql<{ opinion: { outcome: Record<string, boolean> } }>(
        'query($id: ID!) { opinion(id: $id) { outcome { contributorTold contributorWantsFeedback contributorErased } } }',
        { id: told },
        tokens.head,
      ),
    ).opinion.outcome;
    expect(outcome).toEqual({
      contributorTold: true,
      contributorWantsFeedback: false,
      contributorErased: true,
    });

    // 180 days after publication: one second before, nothing more; one second after, the published one.
    const retention = t.app.get(PersonalDataRetention);
    const actor = systemActor('test');
    const at = (base: Date, ms: number) => new Date(base.getTime() + 180 * DAY_MS + ms);
    expect(await retention.eraseDue(actor, at(publishedAt, -1000))).toEqual({ erased: 0, more: false });
    expect(await names()).toEqual({ [told]: null, [published]: '钱已公布', [undecided]: '孙未决定' });
    expect(await retention.eraseDue(actor, at(publishedAt, 1000))).toEqual({ erased: 1, more: false });
    expect(await names()).toEqual({ [told]: null, [published]: null, [undecided]: '孙未决定' });
    expect((await contributorOf(published)).contributor).toMatchObject({
      erased: true,
      erasureReason: 'RETENTION_EXPIRED',
    });

    // An opinion that never got an outcome: kept until 180 days after the point archived the task.
    const move = (to: string) =>
      t.gql<{ transitionPointTask: { state: string } }>(
        'mutation($input: TransitionPointTaskInput!) { transitionPointTask(input: $input) { state } }',
        { input: { ...ref, to } },
        tokens.head,
      );
    expect(must(await move('ARCHIVED')).transitionPointTask.state).toBe('ARCHIVED');
    const archivedAt = new Date(
      must(
        await t.gql<{
          consultationTask: { pointTasks: Array<{ contactPointId: string; updatedAt: string }> };
        }>(
          'query($t: ID!) { consultationTask(id: $t) { pointTasks { contactPointId updatedAt } } }',
          { t: dogTaskId },
          tokens.head,
        ),
      ).consultationTask.pointTasks.find((p) => p.contactPointId === pointId)!.updatedAt,
    );
    expect((await retention.eraseDue(actor, at(archivedAt, -1000))).erased).toBe(0);
    expect((await contributorOf(undecided)).contributor.name).toBe('孙未决定');
    // The demo's 王建国 (same task, same point) goes with it: 2 erased.
    expect(await retention.eraseDue(actor, at(archivedAt, 1000))).toEqual({ erased: 2, more: false });
    expect((await contributorOf(undecided)).contributor).toMatchObject({
      name: null,
      phone: null,
      erased: true,
    });

    // Every contributor row of the task is erased; the consent records are all still there.
    const all = await t.db.getRepository(ContributorEntity).find();
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect(all.every((c) => c.erasedAt && c.sealed === '' && c.consentText && c.consentAt)).toBe(true);
    for (const name of ['赵已告知', '钱已公布', '孙未决定', '13933334444'])
      expect(await auditsMentioning(name)).toBe(0);

    // What leaves the point names the unit, never the person: the consolidated table after erasure as before.
    const exported = await t.gql<{ exportConsolidatedFeedback: { url: string } }>(
      'mutation($i: ExportConsolidatedFeedbackInput!) { exportConsolidatedFeedback(input: $i) { url } }',
      { i: { ...ref, format: 'DOCX' } },
      tokens.head,
    );
    expect(exported.errors).toBeUndefined();
    const file = await t.download(exported.data!.exportConsolidatedFeedback.url, tokens.head);
    expect(file.status).toBe(200);
    const text = await docxText(file.body);
    expect(text).toContain('建议明确本条的适用范围（art_3）');
    expect(text).toContain('北碚区总工会（1条）');
    for (const word of ['赵已告知', '钱已公布', '孙未决定', '王建国', '13933334444', '北碚区天生街道'])
      expect(text).not.toContain(word);
  });
});
