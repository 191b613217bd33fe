// Steps of the organisation's browser tests: a task issued to the demo point and not yet distributed (both of the
// demo's open rounds, 养犬 and 慈善, were distributed when the demo was seeded), made through the API as the README shows.
import type { Locator, Page } from 'playwright-core';
import { DOG_DRAFT_TEXT } from '../../libs/demo/src/demo-draft-texts.js';
import type { TestApp } from '../support/test-app.js';

export const NEW_TASK_TITLE = '关于三次征求《重庆市养犬管理条例（草案）》意见的通知';

const must = <T>(res: { data: T | null; errors?: unknown }): T => {
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
};

export async function issuedUndistributedTask(t: TestApp): Promise<{ taskId: string; deadline: string }> {
  const legislature = await t.login('legislature');
  const head = await t.login('head');
  const { legislatures } = must(
    await t.gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
      '{ legislatures(first: 1) { edges { node { id } } } }',
      {},
      legislature,
    ),
  );
  const { me } = must(
    await t.gql<{ me: { roles: Array<{ contactPointId: string | null }> } }>(
      '{ me { roles { contactPointId } } }',
      {},
      head,
    ),
  );
  const pointId = me.roles.find((r) => r.contactPointId)!.contactPointId!;
  const { createDraft } = must(
    await t.gql<{ createDraft: { id: string } }>(
      'mutation($l: ID!) { createDraft(input: {legislatureId: $l, title: "重庆市养犬管理条例（草案）三审"}) { id } }',
      { l: legislatures.edges[0].node.id },
      legislature,
    ),
  );
  const { addDraftVersion } = must(
    await t.gql<{ addDraftVersion: { id: string } }>(
      'mutation($d: ID!, $text: String!) { addDraftVersion(input: {draftId: $d, stage: SOLICITATION, text: $text}) { id } }',
      { d: createDraft.id, text: DOG_DRAFT_TEXT },
      legislature,
    ),
  );
  const deadline = `${new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10)}T23:59:59+08:00`;
  const { createConsultationTask } = must(
    await t.gql<{ createConsultationTask: { id: string } }>(
      `mutation($v: ID!, $p: ID!, $deadline: DateTime!, $title: String!) { createConsultationTask(input: {
        draftVersionId: $v, title: $title, noticeText: "请组织群众提出意见。",
        deadline: $deadline, focusQuestions: [], contactPointIds: [$p] }) { id } }`,
      { v: addDraftVersion.id, p: pointId, deadline, title: NEW_TASK_TITLE },
      legislature,
    ),
  );
  must(
    await t.gql(
      'mutation($id: ID!) { issueConsultationTask(input: {id: $id}) { id } }',
      {
        id: createConsultationTask.id,
      },
      legislature,
    ),
  );
  return { taskId: createConsultationTask.id, deadline };
}

/** How many opinions the head (who sees the whole point) counts for a unit on a task, and for the whole point. */
export async function opinionCounts(
  t: TestApp,
  taskId: string,
  unitName: string,
): Promise<{ unit: number; point: number }> {
  const head = await t.login('head');
  const { me } = must(
    await t.gql<{ me: { roles: Array<{ contactPointId: string | null }> } }>(
      '{ me { roles { contactPointId } } }',
      {},
      head,
    ),
  );
  const pointId = me.roles.find((r) => r.contactPointId)!.contactPointId!;
  const { contactPoint } = must(
    await t.gql<{ contactPoint: { liaisonUnits: { edges: Array<{ node: { id: string; name: string } }> } } }>(
      'query($p: ID!) { contactPoint(id: $p) { liaisonUnits(first: 50) { edges { node { id name } } } } }',
      { p: pointId },
      head,
    ),
  );
  const unitId = contactPoint.liaisonUnits.edges.find((e) => e.node.name === unitName)!.node.id;
  const count = async (unit: string | null) =>
    must(
      await t.gql<{ opinions: { totalCount: number } }>(
        'query($t: ID!, $u: ID) { opinions(taskId: $t, liaisonUnitId: $u, first: 1) { totalCount } }',
        { t: taskId, u: unit },
        head,
      ),
    ).opinions.totalCount;
  return { unit: await count(unitId), point: await count(null) };
}

/** The demo's open dog-management round (titles of the open rounds start 关于再次征求). */
export async function openDogRound(t: TestApp): Promise<{ id: string; title: string }> {
  const head = await t.login('head');
  const { consultationTasks } = must(
    await t.gql<{ consultationTasks: { edges: Array<{ node: { id: string; title: string } }> } }>(
      '{ consultationTasks(first: 50) { edges { node { id title } } } }',
      {},
      head,
    ),
  );
  return consultationTasks.edges
    .map((e) => e.node)
    .find((n) => n.title.startsWith('关于再次征求') && n.title.includes('养犬'))!;
}

/** Picks an option of an antd Select by its visible text (antd's listbox for screen readers is a hidden copy). */
export async function choose(page: Page, combobox: Locator, option: string | RegExp): Promise<void> {
  await combobox.click();
  await page
    .locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option')
    .filter({ hasText: option })
    .first()
    .click();
}
