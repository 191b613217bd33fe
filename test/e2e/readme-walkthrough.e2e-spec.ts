/* eslint-disable @typescript-eslint/no-unsafe-return -- the README's answers are read as untyped JSON */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { chinaDate } from '@app/common';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * The README's GraphQL examples, read from README.md itself and run in its order, as written, against a freshly seeded
 * demo with the real clock — with the users and variables the README names. A walk-through that no longer works (a
 * deadline passed, a refused transition, a renamed field) fails here. Every example block must be a step below.
 */
const README = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
const BLOCKS = [...README.matchAll(/```graphql\n([\s\S]*?)```/g)].map((m) => m[1]);
const nameOf = (document: string) => /^(?:query|mutation)\s+(\w+)/m.exec(document)?.[1];

type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
interface Step {
  name: string;
  as?: string;
  variables?: () => Record<string, unknown>;
  check: (data: Data) => unknown;
}

describe('the README walk-through, on the demo as seeded today', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};
  const deadline = `${chinaDate(new Date(Date.now() + 14 * 24 * 3600_000))}T23:59:59+08:00`;
  const ref = () => ({ task: ids.task, point: ids.point });
  const run = async (document: string, as: string | undefined, variables: Record<string, unknown> = {}) => {
    const res = await t.gql<Data>(document, variables, as ? tokens[as] : undefined);
    if (res.errors) throw new Error(`${nameOf(document) ?? document}: ${JSON.stringify(res.errors)}`);
    return res.data!;
  };
  /** The steps the README describes in prose between two examples, as its text names them. */
  const consolidateAndSubmit = async () => {
    const input = { taskId: ids.task, contactPointId: ids.point };
    for (const [mutation, as] of [
      ['draftSuggestions', 'liaison'],
      ['requestConsolidationApproval', 'liaison'],
      ['approveConsolidation', 'head'],
      ['submitConsolidation', 'liaison'],
    ])
      await run(`mutation($i: PointTaskRefInput!) { ${mutation}(input: $i) { __typename } }`, as, {
        i: input,
      });
    const listed = await run(
      `query($task: ID!, $point: ID!) { consolidation(taskId: $task, contactPointId: $point) {
        suggestions(first: 50) { edges { node { id number citation proposedChange } } } } }`,
      'legislature',
      ref(),
    );
    ids.suggestion = listed.consolidation.suggestions.edges[0].node.id;
  };

  const steps: Step[] = [
    { name: 'Login', check: (d) => (tokens.head = d.login.accessToken) },
    { name: 'Me', as: 'head', check: (d) => expect(d.me.username).toBe('head') },
    {
      name: 'ContactPoints',
      as: 'head',
      check: (d) => {
        ids.point = d.contactPoints.edges.find((e: Data) => e.node.name.startsWith('西南大学')).node.id;
      },
    },
    {
      name: 'ContactPoint',
      as: 'head',
      variables: () => ({ id: ids.point }),
      check: (d) => {
        ids.unit = d.contactPoint.liaisonUnits.edges.find(
          (e: Data) => e.node.name === '北碚区总工会',
        ).node.id;
      },
    },
    {
      name: 'AddCollector',
      as: 'head',
      variables: () => ({ unit: ids.unit }),
      check: (d) => {
        ids.collector = d.addCollector.id;
      },
    },
    {
      name: 'UpdateCollector',
      as: 'head',
      variables: () => ({ id: ids.collector }),
      check: (d) => expect(d.updateCollector.active).toBe(false),
    },
    {
      name: 'AuditRecords',
      as: 'admin',
      check: (d) => expect(d.auditRecords.edges.length).toBeGreaterThan(0),
    },
    {
      name: 'MyTasks',
      as: 'collector',
      check: (d) => {
        const dog = d.consultationTasks.edges.find(
          (e: Data) => e.node.title.startsWith('关于再次征求') && e.node.title.includes('养犬'),
        ).node;
        ids.task = dog.id;
        // Open whenever the demo was seeded: the deadline ahead, his assignment not overdue.
        expect(Date.parse(dog.deadline)).toBeGreaterThan(Date.now());
        const mine = d.myAssignments.edges.filter((e: Data) => e.node.task.title === dog.title);
        expect(mine.length).toBeGreaterThan(0);
        expect(mine.every((e: Data) => e.node.overdue === false)).toBe(true);
      },
    },
    {
      name: 'Legislatures',
      as: 'legislature',
      check: (d) => {
        ids.legislature = d.legislatures.edges[0].node.id;
      },
    },
    {
      name: 'CreateDraft',
      as: 'legislature',
      variables: () => ({ legislature: ids.legislature }),
      check: (d) => {
        ids.draft = d.createDraft.id;
      },
    },
    {
      name: 'AddDraftVersion',
      as: 'legislature',
      variables: () => ({ draft: ids.draft }),
      check: (d) => {
        ids.version = d.addDraftVersion.id;
        expect(d.addDraftVersion.articleCount).toBe(2);
      },
    },
    {
      name: 'CreateConsultationTask',
      as: 'legislature',
      variables: () => ({ version: ids.version, point: ids.point, deadline }),
      check: (d) => {
        ids.newTask = d.createConsultationTask.id;
      },
    },
    {
      name: 'IssueConsultationTask',
      as: 'legislature',
      variables: () => ({ newTask: ids.newTask }),
      check: (d) => expect(d.issueConsultationTask.pointTasks).toEqual([{ state: 'RECEIVED' }]),
    },
    {
      name: 'DistributeTask',
      as: 'head',
      variables: () => ({ newTask: ids.newTask, point: ids.point, unit: ids.unit, due: deadline }),
      check: (d) => expect(d.distributeTask).toHaveLength(1),
    },
    {
      name: 'StartCollecting',
      as: 'head',
      variables: () => ({ newTask: ids.newTask, point: ids.point }),
      check: (d) => expect(d.transitionPointTask.state).toBe('COLLECTING'),
    },
    {
      name: 'Opinions',
      as: 'head',
      variables: () => ({ task: ids.task }),
      check: (d) => {
        expect(d.opinions.totalCount).toBeGreaterThan(0);
        expect(d.searchOpinions.totalCount).toBeGreaterThan(0);
        expect(d.annotations.length).toBeGreaterThan(0);
      },
    },
    {
      name: 'SubmitOpinion',
      as: 'collector',
      variables: () => ({ task: ids.task }),
      check: (d) => {
        expect(d.submitOpinion.receiptNumber).toMatch(/^\d{14}$/);
        expect(d.submitOpinion.replayed).toBe(false);
      },
    },
    {
      name: 'OpenOnlineCollection',
      as: 'head',
      variables: () => ({ task: ids.task }),
      check: (d) => {
        expect(d.openOnlineCollection).toMatchObject({ channel: 'ONLINE', closedAt: null, participants: 0 });
        ids.onlineToken = d.openOnlineCollection.publicToken;
        ids.onlineRound = d.openOnlineCollection.id;
      },
    },
    {
      name: 'OnlinePage',
      variables: () => ({ token: ids.onlineToken }),
      check: (d) => {
        expect(d.onlineCollection.draftTitle).toContain('养犬');
        expect(d.onlineCollection.provisions.edges.map((e: Data) => e.node.address)).toContain('art_13');
        expect(d.onlineCollection.articles.map((a: Data) => a.citation)).toContain('第十三条');
      },
    },
    {
      name: 'SubmitOnlineOpinion',
      variables: () => ({ token: ids.onlineToken }),
      check: (d) => {
        expect(d.submitOnlineOpinion.receiptNumber).toMatch(/^\d{14}$/);
        expect(d.submitOnlineOpinion.replayed).toBe(false);
      },
    },
    {
      name: 'OnlineFlow',
      as: 'head',
      variables: () => ({ round: ids.onlineRound }),
      check: (d) => {
        // The round opened above has received the one opinion just sent, in the last hour's bar.
        expect(d.onlineCollectionFlow.received).toBe(1);
        // Opened this hour: one bar so far (two if the hour turned meanwhile), holding that opinion.
        expect(d.onlineCollectionFlow.hourly.length).toBeGreaterThanOrEqual(1);
        expect(d.onlineCollectionFlow.hourly.length).toBeLessThanOrEqual(2);
        expect(d.onlineCollectionFlow.hourly.reduce((n: number, b: Data) => n + Number(b.count), 0)).toBe(1);
      },
    },
    {
      name: 'GroupDuplicateOpinions',
      as: 'liaison',
      variables: ref,
      check: (d) => expect(d.groupDuplicateOpinions.grouped).toBeGreaterThan(0),
    },
    {
      name: 'Consolidation',
      as: 'liaison',
      variables: ref,
      check: async (d) => {
        // The demo's online campaign, as the README says: one group of 8 opinions with 4 variants.
        expect(d.consolidation.duplicateGroups.edges.map((e: Data) => e.node)).toContainEqual(
          expect.objectContaining({ opinionCount: 8, variantCount: 4 }),
        );
        await consolidateAndSubmit();
      },
    },
    {
      name: 'ExportConsolidatedFeedback',
      as: 'liaison',
      variables: ref,
      check: async (d) => {
        const file = await t.download(d.exportConsolidatedFeedback.url, tokens.liaison);
        expect(file.status).toBe(200);
        expect(d.exportConsolidatedFeedback.filename).toMatch(/\.docx$/);
      },
    },
    {
      name: 'RecordAdoptionDecision',
      as: 'legislature',
      variables: () => ({ s: ids.suggestion }),
      check: (d) => expect(d.recordAdoptionDecision.outcome).toBe('PARTIALLY_ADOPTED'),
    },
    {
      name: 'AdoptionLedger',
      as: 'head',
      variables: () => ({ point: ids.point }),
      check: (d) => expect(d.adoptionLedger).toMatchObject({ tasks: 9, adopted: 6, partiallyAdopted: 17 }),
    },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    for (const user of ['admin', 'legislature', 'liaison', 'collector']) tokens[user] = await t.login(user);
  });
  afterAll(() => t?.close());

  it('has a step for every example, in the README order', () => {
    expect(BLOCKS.map(nameOf)).toEqual(steps.map((s) => s.name));
  });

  it('runs every example in order, with the users and variables the README names', async () => {
    for (const step of steps) {
      const document = BLOCKS.find((b) => nameOf(b) === step.name)!;
      await step.check(await run(document, step.as, step.variables?.()));
    }
  }, 300_000);
});
