// 原文 of a consolidated suggestion is what the draft says at its provision — set when the suggestion is made and when
// its provision changes — never the point's wording: updateSuggestion refuses another text with a stable code and leaves
// the suggestion as it was (its 原文 and its version). Before, any text was stored and went to the legislature as the
// draft's.
import { afterAll, beforeAll, expect, it } from '@jest/globals';
import { demoTaskRefs, errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';

interface Row {
  id: string;
  version: number;
  provisionAddress: string | null;
  originalText: string | null;
  proposedChange: string;
}

const LIST = `query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) {
  suggestions(first: 100) { edges { node { id version provisionAddress originalText proposedChange } } } } }`;
const UPDATE = `mutation($i: UpdateSuggestionInput!) { updateSuggestion(input: $i) {
  id version provisionAddress originalText proposedChange } }`;

let t: TestApp;
let liaison: string;
let ref: { taskId: string; contactPointId: string };

const suggestions = async (): Promise<Row[]> =>
  must(
    await t.gql<{ consolidation: { suggestions: { edges: Array<{ node: Row }> } } }>(
      LIST,
      { t: ref.taskId, p: ref.contactPointId },
      liaison,
    ),
  ).consolidation.suggestions.edges.map((e) => e.node);
const byId = async (id: string) => (await suggestions()).find((s) => s.id === id)!;

beforeAll(async () => {
  t = await startTestApp();
  liaison = await t.login('liaison');
  const { dogTaskId, pointId } = await demoTaskRefs(t, await t.login('head'));
  ref = { taskId: dogTaskId, contactPointId: pointId };
  must(
    await t.gql(
      'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created } }',
      { i: ref },
      liaison,
    ),
  );
});
afterAll(() => t.close());

it('refuses a change of 原文 on a suggestion at a provision, with a code on the field, and leaves it unchanged', async () => {
  const anchored = (await suggestions()).find((s) => s.provisionAddress && s.originalText)!;
  expect(anchored).toBeDefined();
  const res = await t.gql(
    UPDATE,
    {
      i: {
        id: anchored.id,
        version: anchored.version,
        originalText: '（联系点改写的原文）',
        proposedChange: '同时改写修改意见',
      },
    },
    liaison,
  );
  expect(res.data).toBeNull();
  expect(errorOf(res)).toEqual({
    code: 'BAD_USER_INPUT',
    reason: 'ORIGINAL_TEXT_READ_ONLY',
    message: '原文取自草案条文，不能修改；如条文选错了，请改选条文',
  });
  expect(res.errors![0].extensions.fields).toEqual([
    { field: 'input.originalText', message: '原文取自草案条文，不能修改；如条文选错了，请改选条文' },
  ]);
  // Nothing of the update was stored: not the 原文, not the proposal, not a new version.
  expect(await byId(anchored.id)).toEqual(anchored);

  // The same text sent back (as the workbench used to send it with every save) is no change: the save goes through.
  const saved = must(
    await t.gql<{ updateSuggestion: Row }>(
      UPDATE,
      {
        i: {
          id: anchored.id,
          version: anchored.version,
          originalText: `${anchored.originalText!}\n`,
          proposedChange: '建议修改为：养犬登记可以网上办理。',
        },
      },
      liaison,
    ),
  ).updateSuggestion;
  expect(saved).toEqual({
    ...anchored,
    version: anchored.version + 1,
    proposedChange: '建议修改为：养犬登记可以网上办理。',
  });
});

it('takes 原文 from the draft when the provision changes, and a general suggestion has none to set', async () => {
  const rows = await suggestions();
  const anchored = rows.find((s) => s.provisionAddress && s.originalText)!;
  const other = rows.find(
    (s) => s.provisionAddress && s.originalText && s.provisionAddress !== anchored.provisionAddress,
  )!;
  expect(other).toBeDefined();
  // To another provision: its 原文 is that provision's, as the draft says it; a text given along is refused.
  const refused = await t.gql(
    UPDATE,
    {
      i: {
        id: anchored.id,
        version: anchored.version,
        provisionAddress: other.provisionAddress,
        originalText: 'x',
      },
    },
    liaison,
  );
  expect(errorOf(refused).reason).toBe('ORIGINAL_TEXT_READ_ONLY');
  const moved = must(
    await t.gql<{ updateSuggestion: Row }>(
      UPDATE,
      { i: { id: anchored.id, version: anchored.version, provisionAddress: other.provisionAddress } },
      liaison,
    ),
  ).updateSuggestion;
  expect(moved.originalText).toBe(other.originalText);
  // Made general (总体意见): no 原文, and none can be given.
  const general = must(
    await t.gql<{ updateSuggestion: Row }>(
      UPDATE,
      { i: { id: anchored.id, version: moved.version, provisionAddress: '' } },
      liaison,
    ),
  ).updateSuggestion;
  expect(general).toMatchObject({ provisionAddress: null, originalText: null });
  const none = await t.gql(
    UPDATE,
    { i: { id: anchored.id, version: general.version, originalText: '总体意见的“原文”' } },
    liaison,
  );
  expect(errorOf(none)).toEqual({
    code: 'BAD_USER_INPUT',
    reason: 'ORIGINAL_TEXT_READ_ONLY',
    message: '总体意见不针对某一条文，没有原文',
  });
  expect((await byId(anchored.id)).originalText).toBeNull();
  // Back to its provision: the draft's text again.
  const back = must(
    await t.gql<{ updateSuggestion: Row }>(
      UPDATE,
      { i: { id: anchored.id, version: general.version, provisionAddress: anchored.provisionAddress } },
      liaison,
    ),
  ).updateSuggestion;
  expect(back.originalText).toBe(anchored.originalText);
});
