// The whole loop through the pages, on a fresh demo, as its own people (issue 14's "what must show"): on the open 养犬
// round the liaison officer groups duplicates, marks one opinion 不予报送, drafts the table, merges two suggestions and —
// once 未处理 reads 0 — asks for approval; the head approves and submits it; the legislature opens the received table
// (as many rows as were submitted), decides every row and publishes; the collector, on a phone, reads the outcome and
// its reason on their own opinions (and the 不予报送 one with its reason); and the ledger's figures after the loop,
// minus those before it, are exactly the decisions made. The API is only read, to check what was stored.
import {
  DESK,
  newPage,
  openDogRound,
  PHONE,
  screenshot,
  seriousViolations,
  sidewaysOverflow,
  signIn,
  startWebHarness,
  type WebHarness,
} from './web-harness.js';
import {
  collectorOpensMyOpinions,
  COLLECTORS_OWN,
  headApprovesAndSubmits,
  legislatureDecidesAndPublishes,
  legislatureReceives,
  liaisonConsolidates,
  MERGED,
  myOpinion,
  OUT_OF_SCOPE,
  OUTCOMES,
  readLedger,
  timelineStep,
  type Decision,
} from './loop-steps.js';

const POINT = '西南大学国家治理学院基层立法联系点';

let h: WebHarness;
beforeAll(async () => {
  h = await startWebHarness();
});
afterAll(() => h?.close());

/** What the API stored for the collector's opinions on the task: outcome and reason by text. */
async function storedOutcomes(
  taskId: string,
): Promise<Array<{ proposedChange: string; status: string; outcome: { outcome: string; reason: string } | null }>> {
  const token = await h.t.login('collector');
  const res = await h.t.gql<{
    opinions: {
      edges: Array<{
        node: { proposedChange: string; status: string; outcome: { outcome: string; reason: string } | null };
      }>;
    };
  }>(
    'query($t: ID!) { opinions(taskId: $t, first: 100) { edges { node { proposedChange status outcome { outcome reason } } } } }',
    { t: taskId },
    token,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.opinions.edges.map((e) => e.node);
}

const OUTCOME_CODES: Record<string, string> = {
  采纳: 'ADOPTED',
  部分采纳: 'PARTIALLY_ADOPTED',
  未采纳: 'NOT_ADOPTED',
  研究中: 'UNDER_STUDY',
};

it('liaison → head → legislature → collector → ledger, all through the pages', async () => {
  const started = Date.now();
  const round = await openDogRound(h.t);
  const legislatureToken = await h.t.login('legislature');
  const issued = await h.t.gql<{ consultationTask: { issueDate: string } }>(
    'query($id: ID!) { consultationTask(id: $id) { issueDate } }',
    { id: round.taskId },
    legislatureToken,
  );
  // The ledger counts a task in the year its notice was issued (this year, unless seeded in early January).
  const year = Number(issued.data!.consultationTask.issueDate.slice(0, 4));

  // The liaison officer at a desk: the ledger first, then the workbench.
  const liaison = await newPage(h, DESK);
  await signIn(liaison.page, 'liaison');
  const before = await readLedger(liaison.page, year);
  const consolidated = await liaisonConsolidates(liaison.page, round.title);
  expect(consolidated.leftAtStart).toBeGreaterThan(3);
  expect(consolidated.groups).toBeGreaterThanOrEqual(1);
  await screenshot(liaison.page, 'loop-liaison-requested');
  expect(await seriousViolations(liaison.page)).toEqual([]);
  await liaison.context.close();

  // The head at a desk: the table as it will be sent, approved, submitted; the timeline names who approved.
  const head = await newPage(h, DESK);
  await signIn(head.page, 'head');
  const signedOff = await headApprovesAndSubmits(head.page, round.title);
  expect(signedOff.rows).toBe(consolidated.suggestions);
  expect(await timelineStep(head.page, '审核通过').textContent()).toContain(signedOff.headName);
  expect(await timelineStep(head.page, '报送立法机关').textContent()).toContain(signedOff.headName);
  await screenshot(head.page, 'loop-head-submitted');
  await head.context.close();

  // The legislature at a desk: the received table holds what was submitted; every row decided, then published.
  const legislature = await newPage(h, DESK);
  await signIn(legislature.page, 'legislature');
  const received = await legislatureReceives(legislature.page, round.title, POINT);
  expect(received).toBe(signedOff.rows);
  const decisions = await legislatureDecidesAndPublishes(legislature.page, received);
  await screenshot(legislature.page, 'loop-legislature-published');
  expect(await sidewaysOverflow(legislature.page)).toBeLessThanOrEqual(0);
  await legislature.context.close();

  const rowOf = (text: string): Decision => {
    const found = decisions.filter((d) => d.text.includes(text));
    expect(found).toHaveLength(1);
    return found[0];
  };
  const own = rowOf(COLLECTORS_OWN);
  const merged = rowOf(MERGED.forum);
  expect(merged.text).toMatch(MERGED.campaign);

  // The collector on a phone: 我的意见 shows each opinion's outcome and reason, and the 不予报送 one with its reason.
  const collector = await newPage(h, PHONE);
  await signIn(collector.page, 'collector');
  await collectorOpensMyOpinions(collector.page, round.title);
  for (const [text, decision] of [
    [COLLECTORS_OWN, own],
    [MERGED.campaignOpinion, merged],
    [MERGED.forum, merged],
  ] as const) {
    const item = myOpinion(collector.page, text).first();
    await item.getByText(`采纳情况说明：${decision.reason}`).waitFor();
    await item.locator('.ant-tag').getByText(decision.outcome, { exact: true }).waitFor();
  }
  const outItem = myOpinion(collector.page, OUT_OF_SCOPE.text);
  await outItem.locator('.ant-tag').getByText('不予报送', { exact: true }).waitFor();
  await outItem.getByText(`理由：${OUT_OF_SCOPE.reason}`).waitFor();
  expect(await outItem.getByText(/^采纳情况说明/).count()).toBe(0);
  await screenshot(collector.page, 'loop-collector-outcomes');
  expect(await sidewaysOverflow(collector.page)).toBeLessThanOrEqual(0);
  expect(await seriousViolations(collector.page)).toEqual([]);
  await collector.context.close();

  // What the API stored agrees with what the collector read.
  const stored = await storedOutcomes(round.taskId);
  const storedOf = (text: string) => stored.find((o) => o.proposedChange === text)!;
  expect(storedOf(COLLECTORS_OWN).outcome).toEqual({ outcome: OUTCOME_CODES[own.outcome], reason: own.reason });
  expect(storedOf(MERGED.forum).outcome).toEqual({
    outcome: OUTCOME_CODES[merged.outcome],
    reason: merged.reason,
  });
  expect(storedOf(OUT_OF_SCOPE.text)).toMatchObject({ status: 'OUT_OF_SCOPE', outcome: null });

  // The ledger, read again by the head: after minus before is the decisions made, nothing else.
  const ledger = await newPage(h, DESK);
  await signIn(ledger.page, 'head');
  const after = await readLedger(ledger.page, year);
  const made = (label: (typeof OUTCOMES)[number]) => decisions.filter((d) => d.outcome === label).length;
  expect({
    tasks: after['ledger-tasks'] - before['ledger-tasks'],
    opinions: after['ledger-opinions'] - before['ledger-opinions'],
    suggestions: after['ledger-suggestions'] - before['ledger-suggestions'],
    adopted: after['ledger-adopted'] - before['ledger-adopted'],
    partly: after['ledger-partially-adopted'] - before['ledger-partially-adopted'],
    notAdopted: after['ledger-not-adopted'] - before['ledger-not-adopted'],
    underStudy: after['ledger-under-study'] - before['ledger-under-study'],
  }).toEqual({
    tasks: 0,
    opinions: 0,
    suggestions: received,
    adopted: made('采纳'),
    partly: made('部分采纳'),
    notAdopted: made('未采纳'),
    underStudy: made('研究中'),
  });
  expect(made('采纳')).toBeGreaterThan(0);
  await screenshot(ledger.page, 'loop-ledger-after');
  await ledger.context.close();
  console.log(`full loop through the pages: ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 600_000);
