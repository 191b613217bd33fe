// The workbench's first screen asks for the provision lines and the pinned 总体意见 line in one request: the lines are
// built once per request (each build groups the consolidation's opinions, groups and suggestions by provision).
import { demoTaskRefs, startTestApp, type TestApp } from '../support/test-app.js';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it('builds the provision lines once when both the page and the general line are asked for', async () => {
  const liaison = await t.login('liaison');
  const { dogTaskId, pointId } = await demoTaskRefs(t, await t.login('head'));
  const ask = (fields: string) =>
    t.countQueries(async () => {
      const res = await t.gql(
        `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { id ${fields} } }`,
        { t: dogTaskId, p: pointId },
        liaison,
      );
      expect(res.errors).toBeUndefined();
    });
  const PAGE = 'provisions(first: 50) { edges { node { citation opinions suggestions } } }';
  const GENERAL = 'generalOpinions { opinions suggestions }';
  await ask(PAGE); // warm the draft's version index, which is cached across requests
  const pageOnly = await ask(PAGE);
  expect(await ask(`${PAGE} ${GENERAL}`)).toBe(pageOnly);
});
