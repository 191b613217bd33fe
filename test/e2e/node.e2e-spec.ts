import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { randomUUID } from 'node:crypto';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { isInterfaceType } from 'graphql';
import { demoTaskRefs, startTestApp, type TestApp } from '../support/test-app.js';
import { FAR_DEADLINE } from '../support/dates.js';

/**
 * Relay's `node(id:)` (issue 12 item 18): every type that implements Node, as every demo role. Where the type's own
 * lookup (opinion(id:), draft(id:)…) gives the object, node gives the same object; where the lookup refuses — no
 * permission, or not this caller's object — node answers exactly as it does for an id that names nothing, so it never
 * tells anyone that an id exists, or what it is, beyond what they may read.
 */

/** Node type → the query that looks one up by id. A Node type missing here fails the first test. */
const LOOKUPS: Record<string, string> = {
  ConsolidatedSuggestion: 'suggestion',
  ConsultationTask: 'consultationTask',
  ContactPoint: 'contactPoint',
  Draft: 'draft',
  DraftVersion: 'draftVersion',
  Legislature: 'legislature',
  LiaisonUnit: 'liaisonUnit',
  Opinion: 'opinion',
};

const ROLES = ['admin', 'legislature', 'head', 'deputy', 'liaison', 'expert', 'unit', 'collector'];

interface Result {
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions: Record<string, unknown> }>;
}

describe('node(id:)', () => {
  let t: TestApp;
  const tokens: Record<string, string> = {};
  const ids: Record<string, string> = {};

  async function ok<T>(query: string, variables: Record<string, unknown>, token: string): Promise<T> {
    const res = await t.gql<T>(query, variables, token);
    if (res.errors) throw new Error(`${query}: ${JSON.stringify(res.errors)}`);
    return res.data!;
  }

  beforeAll(async () => {
    t = await startTestApp();
    for (const role of ROLES) tokens[role] = await t.login(role);
    const { dogTaskId, charityTaskId, pointId } = await demoTaskRefs(t, tokens.head);
    // Organisation objects most roles may not see: a new legislature (the administrator's), another point and a unit
    // of it (that point's people, its legislature and the administrator).
    const points = await ok<{ contactPoints: { edges: Array<{ node: { id: string; name: string } }> } }>(
      '{ contactPoints(first: 20) { edges { node { id name } } } }',
      {},
      tokens.admin,
    );
    const home = points.contactPoints.edges.find((e) => e.node.name.startsWith('西南大学'))!.node;
    const other = points.contactPoints.edges.find((e) => e.node.name.includes('天生街道'))!.node;
    ids.ContactPoint = other.id;
    ids.LiaisonUnit = (
      await ok<{ addLiaisonUnit: { id: string } }>(
        'mutation($i: AddLiaisonUnitInput!) { addLiaisonUnit(input: $i) { id } }',
        { i: { contactPointId: other.id, name: '（node 测试）天生街道单位', type: 'LIAISON_UNIT' } },
        tokens.admin,
      )
    ).addLiaisonUnit.id;
    ids.Legislature = (
      await ok<{ createLegislature: { id: string } }>(
        'mutation($i: CreateLegislatureInput!) { createLegislature(input: $i) { id } }',
        { i: { name: '（node 测试）某市人大常委会', region: '某市', level: 'CITY' } },
        tokens.admin,
      )
    ).createLegislature.id;
    const drafts = await ok<{
      drafts: { edges: Array<{ node: { id: string } }> };
      consultationTask: { draftVersion: { id: string } };
    }>(
      'query($t: ID!) { drafts(first: 1) { edges { node { id } } } consultationTask(id: $t) { draftVersion { id } } }',
      { t: dogTaskId },
      tokens.legislature,
    );
    ids.Draft = drafts.drafts.edges[0].node.id;
    ids.DraftVersion = drafts.consultationTask.draftVersion.id;
    // A task not yet issued: only the legislature (and the administrator) may see it.
    ids.ConsultationTask = (
      await ok<{ createConsultationTask: { id: string } }>(
        'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
        {
          i: {
            draftVersionId: ids.DraftVersion,
            title: '（node 测试）尚未发出的任务',
            noticeText: '请提出意见。',
            deadline: FAR_DEADLINE,
            contactPointIds: [home.id],
          },
        },
        tokens.legislature,
      )
    ).createConsultationTask.id;
    const opinions = await ok<{ opinions: { edges: Array<{ node: { id: string } }> } }>(
      'query($t: ID!) { opinions(taskId: $t, first: 1) { edges { node { id } } } }',
      { t: dogTaskId },
      tokens.collector,
    );
    ids.Opinion = opinions.opinions.edges[0].node.id;
    // A suggestion of a task not yet submitted: the point's executing body sees it, the legislature does not yet.
    await ok(
      'mutation($i: PointTaskRefInput!) { draftSuggestions(input: $i) { created } }',
      { i: { taskId: charityTaskId, contactPointId: pointId } },
      tokens.liaison,
    );
    const suggestions = await ok<{
      consolidation: { suggestions: { edges: Array<{ node: { id: string } }> } };
    }>(
      'query($t: ID!, $p: ID!) { consolidation(taskId: $t, contactPointId: $p) { suggestions(first: 1) { edges { node { id } } } } }',
      { t: charityTaskId, p: pointId },
      tokens.liaison,
    );
    ids.ConsolidatedSuggestion = suggestions.consolidation.suggestions.edges[0].node.id;
  });
  afterAll(() => t.close());

  it('walks every type that implements Node', () => {
    const node = t.app.get(GraphQLSchemaHost).schema.getType('Node');
    if (!isInterfaceType(node)) throw new Error('no Node interface');
    const implementations = t.app
      .get(GraphQLSchemaHost)
      .schema.getImplementations(node)
      .objects.map((o) => o.name);
    expect(implementations.sort()).toEqual(Object.keys(LOOKUPS).sort());
  });

  /** A response with the id written as ID, so that two answers about different ids can be compared. */
  const normalised = (res: Result, id: string) =>
    JSON.parse(JSON.stringify({ data: res.data, errors: res.errors }).replaceAll(id, 'ID')) as Result;

  it('gives, as every role, what the type’s own lookup gives, and refuses as if the id named nothing', async () => {
    const NODE = 'query($id: ID!) { node(id: $id) { __typename id } }';
    const outcomes: Record<string, { seen: string[]; refused: string[] }> = {};
    const problems: unknown[] = [];
    for (const [type, field] of Object.entries(LOOKUPS)) {
      const id = ids[type];
      outcomes[type] = { seen: [], refused: [] };
      for (const role of ROLES) {
        const direct = await t.gql<Record<string, { id: string } | null>>(
          `query($id: ID!) { ${field}(id: $id) { id } }`,
          { id },
          tokens[role],
        );
        const viaNode = (await t.gql(NODE, { id }, tokens[role])) as Result;
        if (direct.data?.[field]) {
          outcomes[type].seen.push(role);
          if (
            viaNode.errors ||
            JSON.stringify(viaNode.data) !== JSON.stringify({ node: { __typename: type, id } })
          )
            problems.push({ type, role, expected: 'the object', got: viaNode });
        } else {
          outcomes[type].refused.push(role);
          expect(direct.errors?.length).toBeGreaterThan(0);
          const missing = randomUUID();
          const nothing = (await t.gql(NODE, { id: missing }, tokens[role])) as Result;
          if (JSON.stringify(normalised(viaNode, id)) !== JSON.stringify(normalised(nothing, missing)))
            problems.push({
              type,
              role,
              expected: normalised(nothing, missing),
              got: normalised(viaNode, id),
            });
        }
      }
    }
    expect(problems).toEqual([]);
    // The walk means something: every type is seen by someone, and refused to someone.
    const degenerate = Object.entries(outcomes).filter(([, o]) => !o.seen.length || !o.refused.length);
    expect(degenerate).toEqual([]);
  });

  it('answers an unknown id with null and NOT_FOUND, and the other fields of the request as usual', async () => {
    const res = (await t.gql(
      'query($id: ID!) { node(id: $id) { id } me { username } }',
      { id: randomUUID() },
      tokens.head,
    )) as Result;
    expect(res.data).toEqual({ node: null, me: { username: 'head' } });
    expect(res.errors?.[0].extensions).toMatchObject({ code: 'NOT_FOUND', reason: 'NODE_NOT_FOUND' });
    expect(res.errors?.[0].message).toMatch(/^对象不存在或无权查看/);
  });

  it('reads a type’s own fields through a fragment', async () => {
    const res = await ok<{ node: { __typename: string; id: string; proposedChange: string } }>(
      'query($id: ID!) { node(id: $id) { __typename id ... on Opinion { proposedChange } } }',
      { id: ids.Opinion },
      tokens.collector,
    );
    expect(res.node).toMatchObject({ __typename: 'Opinion', id: ids.Opinion });
    expect(res.node.proposedChange.length).toBeGreaterThan(0);
  });
});
