// Steps of the organisation's browser tests: a task issued to the demo point and not yet distributed (both of the
// demo's open rounds, 养犬 and 慈善, were distributed when the demo was seeded), and the opinions' counts per unit.
import type { TestApp } from '../support/test-app.js';
import { demoPointId, issueDogTask, must } from './web-harness.js';

export const NEW_TASK_TITLE = '关于三次征求《重庆市养犬管理条例（草案）》意见的通知';

export async function issuedUndistributedTask(t: TestApp): Promise<{ taskId: string; deadline: string }> {
  const { taskId, deadline } = await issueDogTask(t, {
    title: NEW_TASK_TITLE,
    draftTitle: '重庆市养犬管理条例（草案）三审',
  });
  return { taskId, deadline };
}

/** How many opinions the head (who sees the whole point) counts for a unit on a task, and for the whole point. */
export async function opinionCounts(
  t: TestApp,
  taskId: string,
  unitName: string,
): Promise<{ unit: number; point: number }> {
  const head = await t.login('head');
  const pointId = await demoPointId(t);
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
