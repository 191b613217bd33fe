import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { docxText } from '../support/office-files.js';
import { errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The 修改对照表 sets a later version beside the task's version, on the strength of access to the task: only a later
 * version of the task's own draft may stand there. Another draft's version — perhaps another legislature's unpublished
 * text — and the same or an earlier version are refused, by the link (mutation) and by the download alike (attack notes
 * F1).
 */
const EXPORT =
  'mutation($i: ExportComparisonTableInput!) { exportComparisonTable(input: $i) { url filename } }';
const SECRET = '【绝密：内部拟改为收费二百元】';

describe('the comparison table only sets the task’s own draft’s later versions beside it', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let taskId: string;
  let consultedId: string;
  let laterId: string;
  let foreignId: string;
  let sameLegislatureOtherDraftId: string;

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'legislature']) tokens[user] = await t.login(user);
    // The 2022 dog task: its draft has a later version (the 修改稿 of the open round).
    const tasks = must(
      await t.gql<{
        consultationTasks: {
          edges: Array<{
            node: {
              id: string;
              title: string;
              legislatureId: string;
              draftVersion: { id: string; sequence: number; draftId: string };
            };
          }>;
        };
      }>(
        '{ consultationTasks(first: 50) { edges { node { id title legislatureId draftVersion { id sequence draftId } } } } }',
        {},
        tokens.legislature,
      ),
    ).consultationTasks.edges.map((e) => e.node);
    const dog = tasks
      .filter((x) => x.title.includes('养犬'))
      .sort((a, b) => a.draftVersion.sequence - b.draftVersion.sequence)[0];
    taskId = dog.id;
    consultedId = dog.draftVersion.id;
    const versions = must(
      await t.gql<{ draft: { versions: Array<{ id: string; sequence: number }> } }>(
        'query($id: ID!) { draft(id: $id) { versions { id sequence } } }',
        { id: dog.draftVersion.draftId },
        tokens.legislature,
      ),
    ).draft.versions;
    laterId = versions.find((v) => v.sequence > dog.draftVersion.sequence)!.id;

    const newDraft = async (legislatureId: string, title: string, token: string) => {
      const draft = must(
        await t.gql<{ createDraft: { id: string } }>(
          'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
          { i: { legislatureId, title } },
          token,
        ),
      ).createDraft.id;
      return must(
        await t.gql<{ addDraftVersion: { id: string } }>(
          'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
          {
            i: {
              draftId: draft,
              stage: 'SOLICITATION',
              text: `${title}\n第一条　为了规范养犬行为，制定本条例。\n第二条　养犬应当登记。${SECRET}\n`,
            },
          },
          token,
        ),
      ).addDraftVersion.id;
    };
    // Another legislature, with a draft of its own (set up by an administrator, as its staff would).
    const other = must(
      await t.gql<{ createLegislature: { id: string } }>(
        'mutation($i: CreateLegislatureInput!) { createLegislature(input: $i) { id } }',
        { i: { name: '（测试）四川省人民代表大会常务委员会', region: '四川省', level: 'PROVINCIAL' } },
        tokens.admin,
      ),
    ).createLegislature.id;
    foreignId = await newDraft(other, '四川省养犬管理条例（草案）', tokens.admin);
    sameLegislatureOtherDraftId = await newDraft(
      dog.legislatureId,
      '重庆市某条例（草案）',
      tokens.legislature,
    );
  });
  afterAll(() => t.close());

  const url = (laterVersionId: string) =>
    `/files/tasks/${taskId}/comparison-table.docx?laterVersionId=${encodeURIComponent(laterVersionId)}`;

  it('still exports the table against a later version of the task’s draft', async () => {
    const link = must(
      await t.gql<{ exportComparisonTable: { url: string } }>(
        EXPORT,
        { i: { taskId, laterVersionId: laterId } },
        tokens.legislature,
      ),
    );
    const file = await t.download(link.exportComparisonTable.url, tokens.legislature);
    expect(file.status).toBe(200);
    expect(await docxText(file.body)).toContain('修改对照表');
  });

  it('refuses another draft’s version — another legislature’s or its own — by link and by download', async () => {
    for (const [version, who] of [
      [sameLegislatureOtherDraftId, 'legislature'],
      [foreignId, 'admin'],
    ] as const) {
      const link = errorOf(await t.gql(EXPORT, { i: { taskId, laterVersionId: version } }, tokens[who]));
      expect(link).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VERSIONS_OF_DIFFERENT_DRAFTS' });
      expect(link.message).toContain('同一草案');
      const file = await t.download(url(version), tokens[who]);
      expect(file.status).toBe(400);
      const text = file.body.toString('utf8');
      expect(text).toContain('VERSIONS_OF_DIFFERENT_DRAFTS');
      expect(text).not.toContain(SECRET);
    }
  });

  it('answers another legislature’s version to the staff as a missing one, by link and by download', async () => {
    const link = errorOf(
      await t.gql(EXPORT, { i: { taskId, laterVersionId: foreignId } }, tokens.legislature),
    );
    const missing = errorOf(
      await t.gql(EXPORT, { i: { taskId, laterVersionId: 'no-such-version' } }, tokens.legislature),
    );
    expect(link).toMatchObject({ code: 'NOT_FOUND', reason: 'DRAFT_VERSION_NOT_FOUND' });
    expect(link.message.replace(foreignId, '<id>')).toBe(missing.message.replace('no-such-version', '<id>'));
    const file = await t.download(url(foreignId), tokens.legislature);
    expect(file.status).toBe((await t.download(url('no-such-version'), tokens.legislature)).status);
    expect(file.body.toString('utf8')).not.toContain(SECRET);
  });

  it('refuses the task’s own version, which is no later version', async () => {
    const link = errorOf(
      await t.gql(EXPORT, { i: { taskId, laterVersionId: consultedId } }, tokens.legislature),
    );
    expect(link).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'VERSION_NOT_NEWER' });
    const file = await t.download(url(consultedId), tokens.legislature);
    expect(file.status).toBe(400);
    expect(file.body.toString('utf8')).toContain('VERSION_NOT_NEWER');
  });
});
