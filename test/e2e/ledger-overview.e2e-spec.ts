import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { chinaDate, Clock } from '@app/common';
import { LEDGER_OVERVIEW_PAGE_MAX } from '@app/adoption';
import { submittedDogTask } from '../support/submitted-dog-task.js';
import { errorOf, must, startTestApp, type TestApp } from '../support/test-app.js';
import { FAR_DEADLINE } from '../support/dates.js';

/**
 * The legislature's 台账总览: one line per contact point it consults, with the figures of that point's own ledger (the
 * same for every point, checked field by field), totals over all its points, sorted and paged on the server within a
 * named limit, in a number of SQL statements that does not grow with the number of points; only the legislature sees
 * it. And 待反馈 on its tasks: the suggestions that still wait for a published decision, kept after a partial
 * publication.
 */
const FIGURES =
  'key label tasks opinions suggestions adopted partiallyAdopted notAdopted underStudy adoptionRate';
const OVERVIEW = `query($y: Int!, $l: ID, $o: LedgerOverviewOrder, $d: Boolean, $first: Int, $after: String) {
  adoptionLedgerOverview(year: $y, legislatureId: $l, orderBy: $o, descending: $d, first: $first, after: $after) {
    year legislatureId inactivePointIds totals { ${FIGURES} }
    points { totalCount pageInfo { hasNextPage endCursor } edges { node { ${FIGURES} } } } } }`;

type Figures = {
  key: string;
  label: string;
  tasks: number;
  opinions: number;
  suggestions: number;
  adopted: number;
  partiallyAdopted: number;
  notAdopted: number;
  underStudy: number;
  adoptionRate: number;
};
type Overview = {
  adoptionLedgerOverview: {
    year: number;
    legislatureId: string;
    inactivePointIds: string[];
    totals: Figures;
    points: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{ node: Figures }>;
    };
  };
};

describe('the legislature’s ledger overview', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  let legislatureId: string;
  const thisYear = Number(chinaDate(new Date()).slice(0, 4));

  const overview = async (variables: Record<string, unknown>, token = tokens.legislature) =>
    must(await t.gql<Overview>(OVERVIEW, variables, token)).adoptionLedgerOverview;

  /** Every point of the overview, page by page (pages of `size`). */
  const allLines = async (year: number, size = 1, extra: Record<string, unknown> = {}) => {
    const lines: Figures[] = [];
    let after: string | null = null;
    for (;;) {
      const page = await overview({ y: year, first: size, after, ...extra });
      lines.push(...page.points.edges.map((e) => e.node));
      if (!page.points.pageInfo.hasNextPage) return { lines, page };
      after = page.points.pageInfo.endCursor;
    }
  };

  /** Each line equals the point's own ledger of the year, figure by figure; the totals add the lines up. */
  const expectAgreement = async (year: number) => {
    const { lines, page } = await allLines(year, LEDGER_OVERVIEW_PAGE_MAX);
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) {
      const own = must(
        await t.gql<{ adoptionLedger: Omit<Figures, 'key' | 'label'> }>(
          `query($p: ID!, $y: Int!) { adoptionLedger(contactPointId: $p, year: $y) {
            tasks opinions suggestions adopted partiallyAdopted notAdopted underStudy adoptionRate } }`,
          { p: line.key, y: year },
          tokens.legislature,
        ),
      ).adoptionLedger;
      const { key, label, ...figures } = line;
      expect({ key, label, ...figures }).toEqual({ key, label, ...own });
    }
    const sum = (f: keyof Omit<Figures, 'key' | 'label' | 'adoptionRate' | 'tasks'>) =>
      lines.reduce((n, l) => n + l[f], 0);
    const totals = page.totals;
    for (const f of [
      'opinions',
      'suggestions',
      'adopted',
      'partiallyAdopted',
      'notAdopted',
      'underStudy',
    ] as const)
      expect([f, totals[f]]).toEqual([f, sum(f)]);
    expect(totals.adoptionRate).toBeCloseTo(
      totals.suggestions ? (totals.adopted + totals.partiallyAdopted) / totals.suggestions : 0,
      6,
    );
    return { lines, totals };
  };

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['legislature', 'head', 'liaison', 'collector', 'admin'])
      tokens[user] = await t.login(user);
    legislatureId = must(
      await t.gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
        '{ legislatures(first: 1) { edges { node { id } } } }',
        {},
        tokens.legislature,
      ),
    ).legislatures.edges[0].node.id;
  });
  afterAll(() => t.close());

  it('opens 2022 on every point of the legislature, each line as its own ledger reads, with totals', async () => {
    const { lines, totals } = await expectAgreement(2022);
    const southwest = lines.find((l) => l.label === '西南大学国家治理学院基层立法联系点')!;
    // The report's year: 9 tasks, 6 adopted, 17 partly adopted.
    expect(southwest).toMatchObject({ tasks: 9, adopted: 6, partiallyAdopted: 17 });
    // The second demo point was designated in 2023: a line of zeros, not a missing line.
    const street = lines.find((l) => l.label.includes('天生街道'))!;
    expect(street).toMatchObject({ tasks: 0, opinions: 0, suggestions: 0, adoptionRate: 0 });
    // A task sent to several points is one task the legislature sent.
    expect(totals.tasks).toBe(9);
    expect(totals.key).toBe(legislatureId);
    await expectAgreement(thisYear);
    // Named by the caller's own legislature or given: the same answer.
    expect((await overview({ y: 2022, l: legislatureId })).totals).toEqual(totals);
  });

  it('keeps a deactivated point’s history: its 2022 line and the totals stay, marked as deactivated', async () => {
    const before = await allLines(2022, LEDGER_OVERVIEW_PAGE_MAX);
    const southwest = before.lines.find((l) => l.label === '西南大学国家治理学院基层立法联系点')!;
    const setActive = async (active: boolean) =>
      must(
        await t.gql(
          'mutation($i: UpdateContactPointInput!) { updateContactPoint(input: $i) { id active } }',
          { i: { id: southwest.key, active } },
          tokens.admin,
        ),
      );
    await setActive(false);
    try {
      const after = await expectAgreement(2022);
      // The reviewer's figures: 9 tasks, 45 opinions, 45 suggestions, 6 adopted, 17 partly adopted.
      expect(after.totals).toMatchObject({
        tasks: 9,
        opinions: 45,
        suggestions: 45,
        adopted: 6,
        partiallyAdopted: 17,
      });
      expect(after.totals).toEqual(before.page.totals);
      expect(after.lines.find((l) => l.key === southwest.key)).toEqual(southwest);
      const page = await overview({ y: 2022, first: LEDGER_OVERVIEW_PAGE_MAX });
      expect(page.points.totalCount).toBe(before.page.points.totalCount);
      expect(page.inactivePointIds).toEqual([southwest.key]);
      // A year it had no task in does not list it once deactivated.
      const current = await overview({ y: 2021, first: LEDGER_OVERVIEW_PAGE_MAX });
      expect(current.points.edges.map((e) => e.node.key)).not.toContain(southwest.key);
    } finally {
      await setActive(true);
    }
    expect((await overview({ y: 2022 })).inactivePointIds).toEqual([]);
  });

  it('sorts and pages on the server, within a named page-size limit', async () => {
    const byName = await allLines(2022, 1);
    expect(byName.lines.map((l) => l.label)).toEqual(
      [...byName.lines.map((l) => l.label)].sort((a, b) => a.localeCompare(b, 'zh-CN')),
    );
    expect(byName.page.points.totalCount).toBe(byName.lines.length);
    // Paging by one walks every point once.
    expect(new Set(byName.lines.map((l) => l.key)).size).toBe(byName.lines.length);

    const bySuggestions = await overview({ y: 2022, o: 'SUGGESTIONS', d: true, first: 1 });
    expect(bySuggestions.points.edges[0].node.label).toBe('西南大学国家治理学院基层立法联系点');
    expect(bySuggestions.points.pageInfo.hasNextPage).toBe(true);
    const fewestFirst = await overview({ y: 2022, o: 'SUGGESTIONS', d: false, first: 1 });
    expect(fewestFirst.points.edges[0].node.suggestions).toBe(0);
    const byUnderStudy = await allLines(2022, 1, { o: 'UNDER_STUDY', d: true });
    expect(byUnderStudy.lines.map((l) => l.underStudy)).toEqual(
      [...byUnderStudy.lines.map((l) => l.underStudy)].sort((a, b) => b - a),
    );
    const byRate = await overview({ y: 2022, o: 'ADOPTION_RATE', d: true, first: 1 });
    expect(byRate.points.edges[0].node.adoptionRate).toBeGreaterThan(0);

    // The limit is named, enforced and told in Chinese.
    expect(LEDGER_OVERVIEW_PAGE_MAX).toBe(100);
    const tooMany = await t.gql(
      OVERVIEW,
      { y: 2022, first: LEDGER_OVERVIEW_PAGE_MAX + 1 },
      tokens.legislature,
    );
    expect(errorOf(tooMany).code).toBe('BAD_USER_INPUT');
    expect(errorOf(tooMany).message).toContain(`${LEDGER_OVERVIEW_PAGE_MAX}`);
    const atLimit = await overview({ y: 2022, first: LEDGER_OVERVIEW_PAGE_MAX });
    expect(atLimit.points.edges.length).toBe(byName.lines.length);
    const badYear = await t.gql(OVERVIEW, { y: 1999 }, tokens.legislature);
    expect(errorOf(badYear).code).toBe('BAD_USER_INPUT');
  });

  it('lets only the legislature see its points: not a point’s staff, not another legislature', async () => {
    for (const user of ['head', 'liaison']) {
      for (const variables of [{ y: 2022 }, { y: 2022, l: legislatureId }]) {
        const res = await t.gql(OVERVIEW, variables, tokens[user]);
        expect([user, errorOf(res).code, errorOf(res).reason]).toEqual([
          user,
          'FORBIDDEN',
          'LEDGER_OVERVIEW_NOT_VISIBLE',
        ]);
        expect(res.data).toBeNull();
      }
    }
    expect(errorOf(await t.gql(OVERVIEW, { y: 2022 }, tokens.collector)).code).toBe('FORBIDDEN');
    // Access is checked before existence: no NOT_FOUND that would tell whether a legislature id exists.
    expect(errorOf(await t.gql(OVERVIEW, { y: 2022, l: 'no-such-legislature' }, tokens.head)).code).toBe(
      'FORBIDDEN',
    );
    expect(
      errorOf(await t.gql(OVERVIEW, { y: 2022, l: 'no-such-legislature' }, tokens.legislature)).code,
    ).toBe('FORBIDDEN');
    const other = must(
      await t.gql<{ createLegislature: { id: string } }>(
        'mutation($i: CreateLegislatureInput!) { createLegislature(input: $i) { id } }',
        { i: { name: '（测试）另一立法机关', region: '测试市', level: 'CITY' } },
        tokens.admin,
      ),
    ).createLegislature.id;
    const foreign = await t.gql(OVERVIEW, { y: 2022, l: other }, tokens.legislature);
    expect(errorOf(foreign)).toMatchObject({ code: 'FORBIDDEN', reason: 'LEDGER_OVERVIEW_NOT_VISIBLE' });
    // An administrator names the legislature.
    expect(errorOf(await t.gql(OVERVIEW, { y: 2022 }, tokens.admin)).code).toBe('BAD_USER_INPUT');
    expect((await overview({ y: 2022, l: other }, tokens.admin)).points.totalCount).toBe(0);
  });

  it('counts a number of SQL statements that does not grow with the number of points', async () => {
    // A year that has tasks already, so that the statements counted before are the kind counted after (a year with no
    // task skips the per-task ones): the demo's open dog round's (its notice's year). Taken as today's year, from
    // Beijing's 1 to 7 January — both open rounds issued the year before — it counted 3 statements, then 6.
    const { consultationTasks } = must(
      await t.gql<{
        consultationTasks: { edges: Array<{ node: { title: string; issueDate: string | null } }> };
      }>('{ consultationTasks(first: 50) { edges { node { title issueDate } } } }', {}, tokens.legislature),
    );
    const dogRound = consultationTasks.edges.find(
      (e) => e.node.title.startsWith('关于再次征求') && e.node.title.includes('养犬'),
    )!.node;
    const year = Number(dogRound.issueDate!.slice(0, 4));
    // The server's clock held in that year (now, but no later than its last second in Beijing) while the test's task is
    // issued and worked: left running, a run crossing Beijing's new year (31 December 16:00 UTC) issued it in the next
    // year, and its six points read no task.
    const at = new Date(Math.min(Date.now(), Date.parse(`${year}-12-31T23:59:59+08:00`)));
    const frozen = jest.spyOn(t.app.get(Clock), 'now').mockImplementation(() => new Date(at));
    try {
      const run = (first: number) => async () => {
        const res = await t.gql<Overview>(OVERVIEW, { y: year, first }, tokens.legislature);
        expect(res.errors).toBeUndefined();
      };
      // Warm the account cache (the first request may reload the caller).
      await run(LEDGER_OVERVIEW_PAGE_MAX)();
      const before = await t.countQueries(run(LEDGER_OVERVIEW_PAGE_MAX));
      const pointsBefore = (await overview({ y: year })).points.totalCount;

      // Six more points, each sent a task this year (with the demo's points), each with figures (below).
      const created: string[] = [];
      for (let i = 1; i <= 6; i++) {
        created.push(
          must(
            await t.gql<{ createContactPoint: { id: string } }>(
              'mutation($i: CreateContactPointInput!) { createContactPoint(input: $i) { id } }',
              {
                i: {
                  legislatureId,
                  name: `（测试）第${i}联系点`,
                  hostInstitution: '测试单位',
                  level: 'CITY',
                  kind: 'OTHER',
                  designatedOn: `${year}-01-01`,
                },
              },
              tokens.admin,
            ),
          ).createContactPoint.id,
        );
      }
      const draftId = must(
        await t.gql<{ createDraft: { id: string } }>(
          'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
          { i: { legislatureId, title: '某市测试条例（草案）' } },
          tokens.legislature,
        ),
      ).createDraft.id;
      const versionId = must(
        await t.gql<{ addDraftVersion: { id: string } }>(
          'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
          {
            i: {
              draftId,
              stage: 'SOLICITATION',
              text: '第一条 为了测试，制定本条例。\n第二条 本条例自公布之日起施行。',
            },
          },
          tokens.legislature,
        ),
      ).addDraftVersion.id;
      const taskId = must(
        await t.gql<{ createConsultationTask: { id: string } }>(
          'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
          {
            i: {
              draftVersionId: versionId,
              title: '关于征求《某市测试条例（草案）》意见的通知',
              noticeText: '请提意见',
              deadline: FAR_DEADLINE,
              contactPointIds: created,
            },
          },
          tokens.legislature,
        ),
      ).createConsultationTask.id;
      must(await t.gql(`mutation { issueConsultationTask(id: "${taskId}") { id } }`, {}, tokens.legislature));

      // Real figures at every new point, so each grouped statement returns rows for it: an opinion gathered, consolidated
      // and submitted by the point, then decisions published on the task (two outcomes, one of them 研究中).
      for (const [i, pointId] of created.entries()) {
        const people: Record<'LIAISON_OFFICER' | 'POINT_HEAD', string> = {
          LIAISON_OFFICER: '',
          POINT_HEAD: '',
        };
        for (const role of ['LIAISON_OFFICER', 'POINT_HEAD'] as const) {
          const username = `overview-${role.toLowerCase()}-${i}`;
          must(
            await t.gql(
              'mutation($i: CreateAccountInput!) { createAccount(input: $i) { id } }',
              {
                i: {
                  username,
                  password: 'long-enough-pw',
                  displayName: `测试${i}`,
                  role,
                  organizationId: pointId,
                },
              },
              tokens.admin,
            ),
          );
          people[role] = await t.login(username, 'long-enough-pw');
        }
        must(
          await t.gql(
            'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }',
            { i: { taskId, proposedChange: `第一条建议修改（第${i}联系点）。`, channel: 'ONLINE' } },
            people.LIAISON_OFFICER,
          ),
        );
        const ref = { taskId, contactPointId: pointId };
        for (const [mutation, token] of [
          ['draftSuggestions(input: $i) { created }', people.LIAISON_OFFICER],
          ['requestConsolidationApproval(input: $i) { status }', people.LIAISON_OFFICER],
          ['approveConsolidation(input: $i) { status }', people.POINT_HEAD],
          ['submitConsolidation(input: $i) { status }', people.LIAISON_OFFICER],
        ] as const) {
          must(await t.gql(`mutation($i: PointTaskRefInput!) { ${mutation} }`, { i: ref }, token));
        }
      }
      const review = must(
        await t.gql<{ adoptionReview: { items: { edges: Array<{ node: { id: string } }> } } }>(
          'query($t: ID!) { adoptionReview(taskId: $t) { items(first: 100) { edges { node { id } } } } }',
          { t: taskId },
          tokens.legislature,
        ),
      ).adoptionReview.items.edges;
      expect(review.length).toBeGreaterThanOrEqual(6);
      for (const [i, e] of review.entries()) {
        must(
          await t.gql(
            'mutation($i: RecordAdoptionDecisionInput!) { recordAdoptionDecision(input: $i) { id } }',
            {
              i: {
                suggestionId: e.node.id,
                outcome: i % 2 ? 'UNDER_STUDY' : 'ADOPTED',
                reason: i % 2 ? '正在研究' : '予以采纳',
              },
            },
            tokens.legislature,
          ),
        );
      }
      must(
        await t.gql(
          'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions } }',
          { i: { taskId } },
          tokens.legislature,
        ),
      );

      const after = await t.countQueries(run(LEDGER_OVERVIEW_PAGE_MAX));
      const grown = await overview({ y: year, first: LEDGER_OVERVIEW_PAGE_MAX });
      expect(grown.points.totalCount).toBe(pointsBefore + 6);
      const newLines = grown.points.edges.filter((e) => created.includes(e.node.key)).map((e) => e.node);
      expect(newLines.map((l) => l.tasks)).toEqual([1, 1, 1, 1, 1, 1]);
      for (const l of newLines) {
        expect(l.opinions).toBeGreaterThanOrEqual(1);
        expect(l.suggestions).toBeGreaterThanOrEqual(1);
        expect(l.adopted + l.underStudy).toBe(l.suggestions);
      }
      expect(newLines.reduce((n, l) => n + l.underStudy, 0)).toBeGreaterThan(0);
      expect(before).toBeGreaterThan(0);
      expect(after).toBe(before);
      await expectAgreement(year);
    } finally {
      frozen.mockRestore();
    }
  });

  it('counts each task’s suggestions still waiting for a decision, and keeps them after a partial publication', async () => {
    const dog = await submittedDogTask(t);
    const TASKS = '{ consultationTasks(first: 50) { edges { node { id awaitingDecisions } } } }';
    type Tasks = {
      consultationTasks: { edges: Array<{ node: { id: string; awaitingDecisions: number | null } }> };
    };
    const waitingOn = async (taskId: string, token = tokens.legislature) =>
      must(await t.gql<Tasks>(TASKS, {}, token)).consultationTasks.edges.find((e) => e.node.id === taskId)!
        .node.awaitingDecisions;
    const underStudyOn = async (taskId: string, token = tokens.legislature) =>
      must(
        await t.gql<{
          consultationTasks: {
            edges: Array<{ node: { id: string; underStudyDecisions: number | null } }>;
          };
        }>('{ consultationTasks(first: 50) { edges { node { id underStudyDecisions } } } }', {}, token),
      ).consultationTasks.edges.find((e) => e.node.id === taskId)!.node.underStudyDecisions;
    const rows = must(
      await t.gql<{
        adoptionReview: { suggestions: number; items: { edges: Array<{ node: { id: string } }> } };
      }>(
        'query($t: ID!) { adoptionReview(taskId: $t) { suggestions items(first: 100) { edges { node { id } } } } }',
        { t: dog.taskId },
        tokens.legislature,
      ),
    ).adoptionReview;
    expect(rows.suggestions).toBeGreaterThan(1);
    expect(await waitingOn(dog.taskId)).toBe(rows.suggestions);

    // One decision saved but not published: still waiting. Published: one fewer, the rest still waiting.
    must(
      await t.gql(
        'mutation($i: RecordAdoptionDecisionInput!) { recordAdoptionDecision(input: $i) { id } }',
        {
          i: { suggestionId: rows.items.edges[0].node.id, outcome: 'PARTIALLY_ADOPTED', reason: '部分吸收' },
        },
        tokens.legislature,
      ),
    );
    expect(await waitingOn(dog.taskId)).toBe(rows.suggestions);
    must(
      await t.gql(
        'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions } }',
        { i: { taskId: dog.taskId } },
        tokens.legislature,
      ),
    );
    expect(await waitingOn(dog.taskId)).toBe(rows.suggestions - 1);
    expect(await underStudyOn(dog.taskId)).toBe(0);

    // 研究中 is an interim answer: no longer 待反馈, but counted apart, so 首页 keeps the task marked.
    must(
      await t.gql(
        'mutation($i: RecordAdoptionDecisionInput!) { recordAdoptionDecision(input: $i) { id } }',
        { i: { suggestionId: rows.items.edges[1].node.id, outcome: 'UNDER_STUDY', reason: '正在研究' } },
        tokens.legislature,
      ),
    );
    must(
      await t.gql(
        'mutation($i: PublishAdoptionDecisionsInput!) { publishAdoptionDecisions(input: $i) { decisions } }',
        { i: { taskId: dog.taskId } },
        tokens.legislature,
      ),
    );
    expect(await waitingOn(dog.taskId)).toBe(rows.suggestions - 2);
    expect(await underStudyOn(dog.taskId)).toBe(1);
    expect(await underStudyOn(dog.taskId, tokens.head)).toBeNull();
    // The point's own ledger reads the same: its year's submitted suggestions less the outcomes.
    await expectAgreement(thisYear);
    // Only the legislature that sent the task is told.
    expect(await waitingOn(dog.taskId, tokens.head)).toBeNull();

    // Set-based: the statements for a page of tasks do not grow with the page.
    const page = (first: number) => async () => {
      const res = await t.gql(
        `query($first: Int) { consultationTasks(first: $first) { edges { node { id awaitingDecisions underStudyDecisions } } } }`,
        { first },
        tokens.legislature,
      );
      expect(res.errors).toBeUndefined();
    };
    await page(2)();
    const small = await t.countQueries(page(2));
    const large = await t.countQueries(page(10));
    expect(large).toBe(small);
  });
});
