// The legislature browser spec's look-ups through the API: the demo's tasks and their submitted consolidations.
import type { TestApp } from '../support/test-app.js';

interface TaskRow {
  id: string;
  title: string;
  status: string;
}

export async function legislatureTasks(t: TestApp): Promise<TaskRow[]> {
  const token = await t.login('legislature');
  const res = await t.gql<{ consultationTasks: { edges: Array<{ node: TaskRow }> } }>(
    '{ consultationTasks(first: 100) { edges { node { id title status } } } }',
    {},
    token,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.consultationTasks.edges.map((e) => e.node);
}

/** A 2022 task whose consolidations were submitted, with the figures the received page should show. */
export async function submittedTask(
  t: TestApp,
  titleWord: string,
): Promise<{
  task: TaskRow;
  suggestions: number;
  firstProvision: {
    citation: string;
    suggestions: number;
    points: Array<{ name: string; suggestions: number }>;
  };
}> {
  const token = await t.login('legislature');
  const task = (await legislatureTasks(t)).find((x) => x.title.includes(titleWord));
  if (!task) throw new Error(`no task with ${titleWord}`);
  const res = await t.gql<{
    submittedConsolidations: Array<{ counts: { suggestions: number } }>;
    feedbackByProvision: {
      edges: Array<{
        node: {
          citation: string;
          suggestions: number;
          points: Array<{ contactPointName: string; suggestions: number }>;
        };
      }>;
    };
  }>(
    `query($t: ID!) { submittedConsolidations(taskId: $t) { counts { suggestions } }
      feedbackByProvision(taskId: $t, first: 1) { edges { node { citation suggestions points { contactPointName suggestions } } } } }`,
    { t: task.id },
    token,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  const first = res.data.feedbackByProvision.edges[0].node;
  return {
    task,
    suggestions: res.data.submittedConsolidations.reduce((n, c) => n + c.counts.suggestions, 0),
    firstProvision: {
      citation: first.citation,
      suggestions: first.suggestions,
      points: first.points.map((p) => ({ name: p.contactPointName, suggestions: p.suggestions })),
    },
  };
}

/** A demo draft with its versions (the dog-management draft has two rounds). */
export async function demoDraftId(t: TestApp, titleWord: string): Promise<string> {
  const token = await t.login('legislature');
  const res = await t.gql<{ drafts: { edges: Array<{ node: { id: string; title: string } }> } }>(
    '{ drafts(first: 100) { edges { node { id title } } } }',
    {},
    token,
  );
  const draft = res.data?.drafts.edges.find((e) => e.node.title.includes(titleWord));
  if (!draft) throw new Error(`no draft with ${titleWord}`);
  return draft.node.id;
}
