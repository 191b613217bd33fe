/**
 * Concurrent clients submitting opinions over HTTP the way our clients must: each opinion with its own idempotency key,
 * retried with the same key until it is acknowledged (a receipt). Used by the fault suite: whatever is done to the
 * server or its database, every acknowledged key must be stored exactly once, with the receipt the client got.
 */
import { toChineseNumber } from '../../libs/drafts/src/parser/chinese-numerals.js';
import { FAR_DEADLINE, FAR_DEADLINE_DAYS, atIn } from './dates.js';

export interface Gql {
  <T>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<{
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>;
  }>;
}

/** GraphQL over fetch against a base URL; a refused or cut connection throws (the caller counts it). */
export function gqlAt(base: () => string): Gql {
  return async <T>(query: string, variables: Record<string, unknown> = {}, token?: string) => {
    const res = await fetch(`${base()}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(20_000),
    });
    return (await res.json()) as {
      data?: T;
      errors?: Array<{ message: string; extensions?: { code?: string; reason?: string } }>;
    };
  };
}

async function must<T>(answer: Promise<{ data?: T; errors?: unknown }>): Promise<T> {
  const { data, errors } = await answer;
  if (!data) throw new Error(JSON.stringify(errors));
  return data;
}

/** A consultation task open for FAR_DEADLINE_DAYS days, distributed to the demo collector's unit; returns its id and the token. */
export async function openTaskForCollector(gql: Gql): Promise<{ taskId: string; collector: string }> {
  const login = async (u: string) =>
    (
      await must(
        gql<{ login: { accessToken: string } }>(
          'mutation($u: String!) { login(input: {username: $u, password: "demo-password"}) { accessToken } }',
          { u },
        ),
      )
    ).login.accessToken;
  const legislature = await login('legislature');
  const head = await login('head');
  const collector = await login('collector');
  const legislatureId = (
    await must(
      gql<{ legislatures: { edges: Array<{ node: { id: string } }> } }>(
        '{ legislatures(first: 1) { edges { node { id } } } }',
        {},
        legislature,
      ),
    )
  ).legislatures.edges[0].node.id;
  const pointId = (
    await must(
      gql<{ contactPoints: { edges: Array<{ node: { id: string } }> } }>(
        '{ contactPoints(first: 1) { edges { node { id } } } }',
        {},
        head,
      ),
    )
  ).contactPoints.edges[0].node.id;
  const draft = await must(
    gql<{ createDraft: { id: string } }>(
      'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
      { i: { legislatureId, title: '故障测试条例（草案）' } },
      legislature,
    ),
  );
  const text = [
    '故障测试条例（草案）',
    ...Array.from({ length: 5 }, (_, i) => `第${toChineseNumber(i + 1)}条　养犬人应当遵守本条例的规定。`),
  ].join('\n');
  const version = await must(
    gql<{ addDraftVersion: { id: string } }>(
      'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
      { i: { draftId: draft.createDraft.id, stage: 'SOLICITATION', text } },
      legislature,
    ),
  );
  const task = await must(
    gql<{ createConsultationTask: { id: string } }>(
      'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
      {
        i: {
          draftVersionId: version.addDraftVersion.id,
          title: '故障测试任务',
          noticeText: '故障测试',
          deadline: FAR_DEADLINE,
          contactPointIds: [pointId],
        },
      },
      legislature,
    ),
  );
  const taskId = task.createConsultationTask.id;
  await must(
    gql(
      'mutation($id: ID!) { issueConsultationTask(input: { id: $id }) { id } }',
      { id: taskId },
      legislature,
    ),
  );
  const units = await must(
    gql<{ contactPoint: { liaisonUnits: { edges: Array<{ node: { id: string; name: string } }> } } }>(
      'query($id: ID!) { contactPoint(id: $id) { liaisonUnits(first: 20) { edges { node { id name } } } } }',
      { id: pointId },
      head,
    ),
  );
  const union = units.contactPoint.liaisonUnits.edges.find((e) => e.node.name === '北碚区总工会')!.node.id;
  await must(
    gql(
      'mutation($i: DistributeTaskInput!) { distributeTask(input: $i) { id } }',
      {
        i: {
          taskId,
          contactPointId: pointId,
          assignments: [
            { assigneeType: 'LIAISON_UNIT', assigneeId: union, dueAt: atIn(FAR_DEADLINE_DAYS - 1) },
          ],
        },
      },
      head,
    ),
  );
  return { taskId, collector };
}

export interface WriteLoadReport {
  /** idempotency key → the receipt number the client was given. */
  acknowledged: Map<string, string>;
  /** Failed attempts by what the client saw: an error's `code/reason`, or `transport` (refused, reset). */
  failures: Map<string, number>;
  /** When each acknowledgement arrived (ms since the epoch), in order. */
  ackTimes: number[];
}

/**
 * The settings a server under this write load needs: its writers share one collector account and write as fast as
 * the server takes them, far beyond the per-account opinion budget (OPINION_WRITE_LIMITS) a person never reaches.
 */
export const WRITE_LOAD_ENV = {
  OPINION_WRITES_PER_MINUTE: '1000000',
  OPINION_WRITES_PER_DAY: '10000000',
} as const;

const SUBMIT = 'mutation($i: SubmitOpinionInput!) { submitOpinion(input: $i) { receiptNumber } }';

/**
 * Starts `clients` writers; `stop()` lets each finish (acknowledge) the opinion it is on — retrying for up to
 * `drainMs` — and returns what they saw.
 */
export function startWriteLoad(options: {
  gql: Gql;
  token: string;
  taskId: string;
  clients: number;
  prefix: string;
  retryPauseMs?: number;
}): { report: WriteLoadReport; stop(drainMs?: number): Promise<WriteLoadReport> } {
  const report: WriteLoadReport = { acknowledged: new Map(), failures: new Map(), ackTimes: [] };
  let stopping = false;
  let deadline = Infinity;
  const pause = options.retryPauseMs ?? 100;
  const client = async (c: number) => {
    for (let n = 0; !stopping; n++) {
      const key = `${options.prefix}-${c}-${n}`;
      const input = {
        taskId: options.taskId,
        provisionAddress: `art_${(n % 5) + 1}`,
        proposedChange: `故障测试：客户端${c}的第${n}条意见`,
        channel: 'ONLINE',
        idempotencyKey: key,
      };
      for (;;) {
        if (Date.now() > deadline) return;
        let failure: string;
        try {
          const answer = await options.gql<{ submitOpinion: { receiptNumber: string } }>(
            SUBMIT,
            { i: input },
            options.token,
          );
          const receipt = answer.data?.submitOpinion?.receiptNumber;
          if (receipt) {
            report.acknowledged.set(key, receipt);
            report.ackTimes.push(Date.now());
            break;
          }
          const e = answer.errors?.[0]?.extensions;
          failure = `${e?.code}/${e?.reason}`;
        } catch {
          failure = 'transport';
        }
        report.failures.set(failure, (report.failures.get(failure) ?? 0) + 1);
        await new Promise((resolve) => setTimeout(resolve, pause));
      }
    }
  };
  const running = Promise.all(Array.from({ length: options.clients }, (_, c) => client(c)));
  return {
    report,
    async stop(drainMs = 20_000) {
      stopping = true;
      deadline = Date.now() + drainMs;
      await running;
      return report;
    },
  };
}
