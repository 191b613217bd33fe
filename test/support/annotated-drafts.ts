import { distributeToExpert, must, type TestApp } from './test-app.js';
import { FAR_DEADLINE } from './dates.js';

/**
 * A draft, its versions, a task on it and experts' annotations, made over GraphQL as the legislature and the point's
 * expert would: the annotation re-anchoring specs build one per case.
 */
export class AnnotatedDrafts {
  constructor(
    private readonly t: TestApp,
    /** Tokens of the legislature's staff, the point's expert and its head (who re-anchors). */
    private readonly tokens: { legislature: string; expert: string; head: string },
  ) {}

  /** The points each task was sent to, and the tasks already distributed to the expert (on the first annotation). */
  private readonly pointsOf = new Map<string, string[]>();
  private readonly distributed = new Set<string>();

  /** The demo's point 西南大学 and its legislature. */
  static async demoPoint(
    t: TestApp,
    adminToken: string,
  ): Promise<{ pointId: string; legislatureId: string }> {
    const { contactPoints } = must(
      await t.gql<{
        contactPoints: { edges: Array<{ node: { id: string; name: string; legislature: { id: string } } }> };
      }>('{ contactPoints(first: 5) { edges { node { id name legislature { id } } } } }', {}, adminToken),
    );
    const point = contactPoints.edges.find((e) => e.node.name.startsWith('西南大学'))!.node;
    return { pointId: point.id, legislatureId: point.legislature.id };
  }

  async createDraft(legislatureId: string, title: string): Promise<string> {
    return must(
      await this.t.gql<{ createDraft: { id: string } }>(
        'mutation($i: CreateDraftInput!) { createDraft(input: $i) { id } }',
        { i: { legislatureId, title } },
        this.tokens.legislature,
      ),
    ).createDraft.id;
  }

  async addVersion(draftId: string, stage: string, label: string, text: string): Promise<string> {
    return must(
      await this.t.gql<{ addDraftVersion: { id: string } }>(
        'mutation($i: AddDraftVersionInput!) { addDraftVersion(input: $i) { id } }',
        { i: { draftId, stage, label, text } },
        this.tokens.legislature,
      ),
    ).addDraftVersion.id;
  }

  /** A task on the version, sent to the points and issued. */
  async issueTask(draftVersionId: string, title: string, contactPointIds: string[]): Promise<string> {
    const taskId = must(
      await this.t.gql<{ createConsultationTask: { id: string } }>(
        'mutation($i: CreateConsultationTaskInput!) { createConsultationTask(input: $i) { id } }',
        {
          i: {
            draftVersionId,
            title,
            noticeText: '请提意见',
            deadline: FAR_DEADLINE,
            contactPointIds,
          },
        },
        this.tokens.legislature,
      ),
    ).createConsultationTask.id;
    must(
      await this.t.gql(
        `mutation { issueConsultationTask(id: "${taskId}") { id } }`,
        {},
        this.tokens.legislature,
      ),
    );
    this.pointsOf.set(taskId, contactPointIds);
    return taskId;
  }

  /** The expert's annotation on `quote` where it first occurs in `text`, the provision's text. */
  async annotate(
    taskId: string,
    provisionAddress: string,
    text: string,
    quote: string,
    note: string,
  ): Promise<string> {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`“${quote}” is not in the provision's text`);
    // An expert annotates what was distributed to them: the head gives the demo expert the whole draft first.
    if (!this.distributed.has(taskId) && this.pointsOf.has(taskId)) {
      this.distributed.add(taskId); // before the request: annotations made at once distribute once
      await distributeToExpert(this.t, {
        taskId,
        pointId: this.pointsOf.get(taskId)![0],
        headToken: this.tokens.head,
      });
    }
    return must(
      await this.t.gql<{ createAnnotation: { id: string } }>(
        'mutation($i: CreateAnnotationInput!) { createAnnotation(input: $i) { id } }',
        { i: { taskId, provisionAddress, start, end: start + quote.length, note } },
        this.tokens.expert,
      ),
    ).createAnnotation.id;
  }

  /** The head's re-anchoring of the task's annotations, in the request. */
  async reanchorTo(
    taskId: string,
    toVersionId: string,
  ): Promise<{ anchored: number; moved: number; orphaned: number; skipped: number }> {
    return must(
      await this.t.gql<{
        reanchorAnnotations: { anchored: number; moved: number; orphaned: number; skipped: number };
      }>(
        'mutation($i: ReanchorAnnotationsInput!) { reanchorAnnotations(input: $i) { anchored moved orphaned skipped } }',
        { i: { taskId, toVersionId } },
        this.tokens.head,
      ),
    ).reanchorAnnotations;
  }

  /** One annotation of the task as its expert reads it (`fields`: the selection). */
  async annotation<A extends { id: string }>(taskId: string, id: string, fields: string): Promise<A> {
    const { annotations } = must(
      await this.t.gql<{ annotations: A[] }>(
        `query($t: ID!) { annotations(taskId: $t) { ${fields} } }`,
        { t: taskId },
        this.tokens.expert,
      ),
    );
    return annotations.find((a) => a.id === id)!;
  }
}
