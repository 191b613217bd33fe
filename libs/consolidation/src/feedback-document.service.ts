import { performance } from 'node:perf_hooks';
import { PassThrough, type Readable } from 'node:stream';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource } from 'typeorm';
import {
  Clock,
  DOCX_CONTENT_TYPE,
  ForbiddenError,
  NotFoundError,
  XLSX_CONTENT_TYPE,
  chinaDate,
  type DownloadFile,
} from '@app/common';
import { keysetPages } from '@app/database';
import {
  TaskService,
  effectiveDeadline,
  formatChinaTime,
  type ConsultationTaskModel,
} from '@app/consultation';
import { DRAFT_STAGE_LABELS, DraftsService, type DraftStage } from '@app/drafts';
import {
  CHANNEL_LABELS,
  CONTRIBUTOR_CATEGORY_LABELS,
  OpinionStatus,
  PUBLIC_ORIGIN_LABEL,
  type ContributorCategory,
  type OpinionChannel,
} from '@app/feedback';
import type { Actor } from '@app/identity';
import { actsForLegislature, OrganizationService } from '@app/organization';
import { ConsolidatedSuggestionEntity, type ConsolidationEntity } from './consolidation.entities.js';
import { ExportFormat } from './consolidation.enums.js';
import { ConsolidationService } from './consolidation.service.js';
import {
  streamConsolidatedDocx,
  writeConsolidatedXlsx,
  type ConsolidatedDocument,
  type ConsolidatedRow,
  type ConsolidatedSource,
  type CountLine,
} from './documents/index.js';
import { OpinionFacts, tallyProposers, type ProposerTally } from './opinion-facts.js';
import { DuplicateGroupService } from './duplicate-group.service.js';
import { unitKeyLabel, unitKeyOf } from './workbench.service.js';

/** A DATE column as YYYY-MM-DD: SQLite gives the string, mysql2 a Date at local midnight. */
function dayOf(value: unknown): string {
  if (value instanceof Date) {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${value.getFullYear()}-${pad(value.getMonth() + 1)}-${pad(value.getDate())}`;
  }
  return typeof value === 'string' ? value.slice(0, 10) : '';
}

/** A source opinion's line in 来源意见: where it went (its suggestion's 序号), or why not. */
function sourceOf(
  r: Record<string, unknown>,
  firstNumber: Map<string, number>,
  grouped: Map<string, string>,
  unitNames: Map<string, string>,
  pointName: string | null,
): ConsolidatedSource {
  const number = firstNumber.get(r.id as string) ?? null;
  const outOfScope = r.status === OpinionStatus.OUT_OF_SCOPE;
  return {
    receiptNumber: r.receiptNumber as string,
    suggestionNumber: outOfScope ? null : number,
    provision: (r.provisionCitation as string | null) ?? '总体意见',
    channel: CHANNEL_LABELS[r.channel as OpinionChannel] ?? String(r.channel),
    unit: r.liaisonUnitId ? (unitNames.get(r.liaisonUnitId as string) ?? '') : '',
    category: r.contributorCategory
      ? (CONTRIBUTOR_CATEGORY_LABELS[r.contributorCategory as ContributorCategory] ?? '其他')
      : '',
    peopleRepresented: Number(r.peopleRepresented),
    gatheredOn: dayOf(r.gatheredOn),
    disposition: outOfScope
      ? `不予报送：${(r.statusReason as string | null) ?? ''}`
      : number !== null
        ? grouped.has(r.id as string)
          ? `与同类意见合并，纳入第${number}条`
          : `纳入第${number}条`
        : '尚未汇总',
    ...(pointName !== null ? { contactPoint: pointName } : {}),
  };
}

/** Passes pages on, telling `written` the rows passed so far after each. */
async function* counting<T>(
  pages: AsyncIterable<T[]>,
  written?: (rows: number) => Promise<void>,
): AsyncGenerator<T[]> {
  let n = 0;
  for await (const page of pages) {
    yield page;
    n += page.length;
    await written?.(n);
  }
}

/** Source opinions written to 来源意见 at a time (read one point at a time). */
const SOURCE_PAGE_SIZE = 1000;

/** Exports slower than this are logged with where the time went. */
const SLOW_MS = 3000;

/** Suggestions read at a time for the streamed .docx: one keyset page and its proposers' GROUP BY. */
export const DOCX_PAGE_SIZE = 500;

/** The table's order (idx_suggestion_order): the draft's order, then creation — the order the 序号 follow. */
const SUGGESTION_ORDER = [
  { property: 'sortKey', direction: 'ASC' },
  { property: 'createdAt', direction: 'ASC' },
  { property: 'id', direction: 'ASC' },
] as const satisfies ReadonlyArray<{ property: keyof ConsolidatedSuggestionEntity; direction: 'ASC' }>;

type Counts = ConsolidatedDocument['cover']['counts'];

const safeName = (name: string): string => name.replace(/[\\/:*?"<>|\s]/g, '').slice(0, 120);

const CONTENT_TYPES: Record<ExportFormat, string> = { DOCX: DOCX_CONTENT_TYPE, XLSX: XLSX_CONTENT_TYPE };

/**
 * 提出单位或个人: who stands behind a suggestion, by unit and by category of contributor, with counts — never a
 * person. Units first (most opinions first), then categories of opinions given outside a unit. The experts are one
 * entry, named as the team (专家团队), whether they gave opinions, annotations (批注) or both: 专家团队（1条）,
 * 专家团队（批注2条）, 专家团队（1条，批注2条） — not 专家团队 on one row and 专家批注 on the next.
 */
/** The expert team, as the brief names it (its annotations are 批注). */
const EXPERT_TEAM = '专家团队';

export function describeProposers(
  tallies: readonly ProposerTally[],
  unitName: (id: string) => string,
  annotations: number,
): string {
  const lines = new Map<string, { opinions: number; people: number }>();
  const add = (label: string, t: ProposerTally) => {
    const line = lines.get(label) ?? { opinions: 0, people: 0 };
    line.opinions += t.opinions;
    line.people += t.people;
    lines.set(label, line);
  };
  for (const t of tallies) {
    if (t.liaisonUnitId) add(unitName(t.liaisonUnitId), t);
    else if (t.authorRole === 'EXPERT') add(EXPERT_TEAM, t);
    else if (t.authorRole === 'PUBLIC') add(PUBLIC_ORIGIN_LABEL, t);
    else if (t.contributorCategory)
      add(CONTRIBUTOR_CATEGORY_LABELS[t.contributorCategory as ContributorCategory] ?? '其他', t);
    else add('联系点执行机构', t);
  }
  const experts = lines.get(EXPERT_TEAM);
  lines.delete(EXPERT_TEAM);
  const parts = [...lines.entries()]
    .sort((a, b) => b[1].opinions - a[1].opinions || a[0].localeCompare(b[0], 'zh-CN'))
    .map(([label, n]) => `${label}（${n.opinions}条${n.people > n.opinions ? `，代表${n.people}人` : ''}）`);
  const expertParts = [
    ...(experts ? [`${experts.opinions}条`] : []),
    ...(annotations ? [`批注${annotations}条`] : []),
  ];
  if (expertParts.length) parts.push(`${EXPERT_TEAM}（${expertParts.join('，')}）`);
  return parts.join('；');
}

/**
 * The consolidated table as a document: one point's (its executing body, or the legislature once submitted), or the
 * legislature's view across every point that submitted. Only units, categories and counts leave the point: the
 * selection of opinion columns (opinion-facts.ts) has no personal data to begin with.
 */
@Injectable()
export class FeedbackDocumentService {
  private readonly logger = new Logger(FeedbackDocumentService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consolidations: ConsolidationService,
    private readonly facts: OpinionFacts,
    private readonly groups: DuplicateGroupService,
    private readonly tasks: TaskService,
    private readonly drafts: DraftsService,
    private readonly organization: OrganizationService,
    private readonly clock: Clock,
  ) {}

  async assertTaskExport(actor: Actor, taskId: string): Promise<ConsultationTaskModel> {
    const task = await this.tasks.mustFindVisibleTask(actor, taskId);
    if (!actsForLegislature(actor, task.legislatureId)) {
      throw new ForbiddenError('只有立法机关工作人员可以导出各联系点的汇总', 'NOT_LEGISLATURE_STAFF');
    }
    return task;
  }

  async pointDocument(actor: Actor, taskId: string, contactPointId: string): Promise<ConsolidatedDocument> {
    const { task, consolidation } = await this.consolidations.forReading(actor, taskId, contactPointId);
    return this.build(task, [consolidation], false);
  }

  async taskDocument(actor: Actor, taskId: string): Promise<ConsolidatedDocument> {
    const task = await this.assertTaskExport(actor, taskId);
    const submitted = await this.consolidations.submittedFor(actor, task);
    return this.build(task, submitted, true);
  }

  /**
   * One point's table (contactPointId given: its executing body, or the legislature once submitted) or the
   * legislature's across the points that submitted, as a file streamed while it is read: the cover from GROUP BYs, then
   * the rows a keyset page at a time (.docx and .xlsx alike; the .xlsx's 来源意见 one point at a time). `progress`
   * hears the rows written of the total after each page, and may throw to stop (a job that lost its claim).
   */
  async exportFile(
    actor: Actor,
    taskId: string,
    contactPointId: string | null,
    format: ExportFormat,
    progress?: (written: number, total: number) => Promise<void>,
  ): Promise<DownloadFile & { content: Readable }> {
    let task: ConsultationTaskModel;
    let consolidations: ConsolidationEntity[];
    if (contactPointId) {
      const found = await this.consolidations.forReading(actor, taskId, contactPointId);
      [task, consolidations] = [found.task, [found.consolidation]];
    } else {
      task = await this.assertTaskExport(actor, taskId);
      consolidations = await this.consolidations.submittedFor(actor, task);
    }
    const crossPoint = !contactPointId;
    const doc = await this.coverDocument(task, consolidations, crossPoint);
    const name = this.fileTitle(
      doc.cover.taskTitle,
      contactPointId ? await this.pointName(contactPointId) : undefined,
    );
    if (format === ExportFormat.DOCX) {
      const total = doc.cover.counts.suggestions;
      const file = this.docxFile(doc, name, consolidations, crossPoint, async (n) => progress?.(n, total));
      return { ...file, content: file.content as Readable };
    }
    const { suggestions, opinions } = doc.cover.counts;
    const started = performance.now();
    const content = new PassThrough();
    writeConsolidatedXlsx(
      doc,
      {
        suggestionCount: suggestions,
        sourceCount: opinions,
        contactPointColumn: crossPoint,
        suggestions: this.rowPages(consolidations, crossPoint),
        sources: this.sourcePages(consolidations, crossPoint),
        written: async (n) => progress?.(n, suggestions + opinions),
      },
      content,
    ).then(
      () => {
        const took = performance.now() - started;
        if (took > SLOW_MS)
          this.logger.warn(`汇总表生成 XLSX 耗时 ${Math.round(took)} ms（${suggestions + opinions} 行）`);
      },
      (error: Error) => {
        this.logger.error(`汇总表 XLSX 生成中断：${error.message}`);
        content.destroy(error);
      },
    );
    return { filename: `${name}.xlsx`, contentType: CONTENT_TYPES.XLSX, content };
  }

  /** 来源意见's lines, one point at a time (in the order given), a page at a time. */
  private async *sourcePages(
    consolidations: ConsolidationEntity[],
    crossPoint: boolean,
  ): AsyncGenerator<ConsolidatedSource[]> {
    const points = new Map(
      (await this.organization.pointsByIds(consolidations.map((c) => c.contactPointId))).flatMap((p) =>
        p ? [[p.id, p.name] as const] : [],
      ),
    );
    for (const c of consolidations) {
      const numbered = await this.db.getRepository(ConsolidatedSuggestionEntity).find({
        select: { id: true, number: true },
        where: { consolidationId: c.id },
        order: { sortKey: 'ASC', number: 'ASC', createdAt: 'ASC', id: 'ASC' },
      });
      const numberOf = new Map(numbered.map((s, i) => [s.id, s.number ?? i + 1]));
      const firstNumber = new Map<string, number>();
      for (const link of await this.facts.opinionLinks(c.id)) {
        const n = numberOf.get(link.suggestionId);
        if (n !== undefined && n < (firstNumber.get(link.opinionId) ?? Infinity))
          firstNumber.set(link.opinionId, n);
      }
      numberOf.clear();
      const grouped = await this.groups.groupIndex(c);
      const sourceRows = await this.facts.sourceRows(c);
      const unitIds = [
        ...new Set(sourceRows.flatMap((r) => (r.liaisonUnitId ? [r.liaisonUnitId as string] : []))),
      ];
      const unitNames = new Map(
        (await this.organization.unitsByIds(unitIds)).flatMap((u) => (u ? [[u.id, u.name] as const] : [])),
      );
      const pointName = crossPoint ? (points.get(c.contactPointId) ?? '') : null;
      for (let at = 0; at < sourceRows.length; at += SOURCE_PAGE_SIZE)
        yield sourceRows
          .slice(at, at + SOURCE_PAGE_SIZE)
          .map((r) => sourceOf(r, firstNumber, grouped, unitNames, pointName));
    }
  }

  /**
   * One point's table as a .docx streamed while it is sent: the cover from GROUP BYs, then the suggestions read a
   * keyset page at a time (DOCX_PAGE_SIZE) as the client reads — never the whole table in memory.
   */
  async pointDocx(actor: Actor, taskId: string, contactPointId: string): Promise<DownloadFile> {
    const { task, consolidation } = await this.consolidations.forReading(actor, taskId, contactPointId);
    const doc = await this.coverDocument(task, [consolidation], false);
    const name = this.fileTitle(doc.cover.taskTitle, await this.pointName(contactPointId));
    return this.docxFile(doc, name, [consolidation], false);
  }

  /** The legislature's table across the points that submitted, streamed as pointDocx is. */
  async taskDocx(actor: Actor, taskId: string): Promise<DownloadFile> {
    const task = await this.assertTaskExport(actor, taskId);
    const submitted = await this.consolidations.submittedFor(actor, task);
    const doc = await this.coverDocument(task, submitted, true);
    return this.docxFile(doc, this.fileTitle(doc.cover.taskTitle), submitted, true);
  }

  private docxFile(
    doc: ConsolidatedDocument,
    name: string,
    consolidations: ConsolidationEntity[],
    crossPoint: boolean,
    written?: (rows: number) => Promise<void>,
  ): DownloadFile {
    const started = performance.now();
    const content: Readable = streamConsolidatedDocx(doc, {
      count: doc.cover.counts.suggestions,
      contactPointColumn: crossPoint,
      pages: counting(this.rowPages(consolidations, crossPoint), written),
    });
    content.on('end', () => {
      const took = performance.now() - started;
      if (took > SLOW_MS)
        this.logger.warn(`汇总表生成 DOCX 耗时 ${Math.round(took)} ms（${doc.cover.counts.suggestions} 行）`);
    });
    content.on('error', (error) => this.logger.error(`汇总表 DOCX 生成中断：${error.message}`));
    return { filename: `${name}.docx`, contentType: CONTENT_TYPES.DOCX, content };
  }

  /**
   * The table's rows a page at a time: each point's suggestions by keyset in the table's order; across points merged
   * by provision in the draft's order, then by point name (stable within a point) and numbered anew — as build sorts.
   */
  private async *rowPages(
    consolidations: ConsolidationEntity[],
    crossPoint: boolean,
  ): AsyncGenerator<ConsolidatedRow[]> {
    const names = new Map(
      (await this.organization.pointsByIds(consolidations.map((c) => c.contactPointId))).flatMap((p) =>
        p ? [[p.id, p.name] as const] : [],
      ),
    );
    const ordered = crossPoint
      ? [...consolidations].sort((a, b) =>
          (names.get(a.contactPointId) ?? '').localeCompare(names.get(b.contactPointId) ?? '', 'zh-CN'),
        )
      : consolidations;
    const repo = this.db.getRepository(ConsolidatedSuggestionEntity);
    const heads = ordered.map((c) => ({
      pages: keysetPages(repo, { consolidationId: c.id }, [...SUGGESTION_ORDER], DOCX_PAGE_SIZE),
      rows: [] as ConsolidatedSuggestionEntity[],
      at: 0,
      done: false,
    }));
    let index = 0;
    let batch: ConsolidatedSuggestionEntity[] = [];
    for (;;) {
      let next: (typeof heads)[number] | undefined;
      for (const head of heads) {
        if (head.at >= head.rows.length && !head.done) {
          const page = await head.pages.next();
          if (page.done) head.done = true;
          else [head.rows, head.at] = [page.value, 0];
        }
        if (head.at < head.rows.length && (!next || head.rows[head.at].sortKey < next.rows[next.at].sortKey))
          next = head;
      }
      if (!next || batch.length === DOCX_PAGE_SIZE) {
        if (batch.length > 0) yield await this.describe(batch, names, crossPoint, index - batch.length);
        batch = [];
        if (!next) return;
      }
      batch.push(next.rows[next.at++]);
      index++;
    }
  }

  /** A page of suggestions as rows of the table; `before`: rows that came before it. */
  private async describe(
    page: ConsolidatedSuggestionEntity[],
    names: Map<string, string>,
    crossPoint: boolean,
    before: number,
  ): Promise<ConsolidatedRow[]> {
    const proposers = await this.proposerLines(page.map((s) => s.id));
    return page.map((s, i) => ({
      number: crossPoint ? before + i + 1 : (s.number ?? before + i + 1),
      provision: s.provisionCitation ?? '总体意见',
      originalText: s.originalText ?? '',
      proposedChange: s.proposedChange,
      reason: s.reason ?? '',
      proposers: proposers[i].text,
      ...(crossPoint ? { contactPoint: names.get(s.contactPointId) ?? '' } : {}),
      opinionCount: proposers[i].opinions,
      peopleCount: proposers[i].people,
    }));
  }

  /** A file name without characters Windows refuses: 西南大学…-意见建议汇总表-关于征求…的函. */
  fileTitle(taskTitle: string, pointName?: string): string {
    return safeName(`${pointName ? `${pointName}-` : ''}意见建议汇总表-${taskTitle}`);
  }

  /** 提出单位或个人 of a page of suggestions, worded as in the exported table (describeProposers). */
  async proposersOf(suggestionIds: readonly string[]): Promise<string[]> {
    return (await this.proposerLines(suggestionIds)).map((line) => line.text);
  }

  /** 提出单位或个人 of a page of suggestions, and the opinions and people behind each. */
  private async proposerLines(
    suggestionIds: readonly string[],
  ): Promise<Array<{ text: string; opinions: number; people: number }>> {
    const { tallies, annotations } = await this.facts.proposerTallies(suggestionIds);
    const unitIds = [...new Set(tallies.flatMap((t) => (t.liaisonUnitId ? [t.liaisonUnitId] : [])))];
    const unitNames = new Map(
      (await this.organization.unitsByIds(unitIds)).flatMap((u) => (u ? [[u.id, u.name] as const] : [])),
    );
    const bySuggestion = new Map<string, ProposerTally[]>();
    for (const t of tallies) {
      const list = bySuggestion.get(t.suggestionId);
      if (list) list.push(t);
      else bySuggestion.set(t.suggestionId, [t]);
    }
    return suggestionIds.map((id) => {
      const mine = bySuggestion.get(id) ?? [];
      return {
        text: describeProposers(mine, (unit) => unitNames.get(unit) ?? '联系单位', annotations.get(id) ?? 0),
        opinions: mine.reduce((n, t) => n + t.opinions, 0),
        people: mine.reduce((n, t) => n + t.people, 0),
      };
    });
  }

  async pointName(contactPointId: string): Promise<string> {
    const [point] = await this.organization.pointsByIds([contactPointId]);
    if (!point) throw new NotFoundError('联系点', contactPointId);
    return point.name;
  }

  private async build(
    task: ConsultationTaskModel,
    consolidations: ConsolidationEntity[],
    crossPoint: boolean,
  ): Promise<ConsolidatedDocument> {
    const doc = await this.coverDocument(task, consolidations, crossPoint);
    const points = new Map(
      (await this.organization.pointsByIds(consolidations.map((c) => c.contactPointId))).flatMap((p) =>
        p ? [[p.id, p.name] as const] : [],
      ),
    );
    const rows: Array<ConsolidatedRow & { sortKey: number }> = [];
    const sources: ConsolidatedSource[] = [];
    const timings = new Map<string, number>();
    const timed = <T>(label: string, work: Promise<T>): Promise<T> => {
      const started = performance.now();
      return work.finally(() => timings.set(label, (timings.get(label) ?? 0) + performance.now() - started));
    };
    const building = performance.now();

    for (const c of consolidations) {
      const pointName = points.get(c.contactPointId) ?? '';
      const suggestions = await timed(
        'suggestions',
        this.db.getRepository(ConsolidatedSuggestionEntity).find({
          where: { consolidationId: c.id },
          order: { sortKey: 'ASC', number: 'ASC', createdAt: 'ASC', id: 'ASC' },
        }),
      );
      const sourceRows = await timed('sources', this.facts.sourceRows(c));
      const links = await timed('links', this.facts.opinionLinks(c.id));
      const facts = new Map(
        sourceRows
          .filter((r) => r.status === OpinionStatus.ACTIVE)
          .map((r) => [
            r.id as string,
            {
              liaisonUnitId: (r.liaisonUnitId as string | null) ?? null,
              contributorCategory: (r.contributorCategory as string | null) ?? null,
              authorRole: r.authorRole as string,
              people: Number(r.peopleRepresented),
            },
          ]),
      );
      const proposers = tallyProposers(links, (id) => facts.get(id));
      const annotations = await this.facts.annotationSources(c.id);
      const unitIds = [
        ...new Set(sourceRows.flatMap((r) => (r.liaisonUnitId ? [r.liaisonUnitId as string] : []))),
      ];
      const unitNames = new Map(
        (await this.organization.unitsByIds(unitIds)).flatMap((u) => (u ? [[u.id, u.name] as const] : [])),
      );
      const bySuggestion = new Map<string, ProposerTally[]>();
      for (const p of proposers) {
        const list = bySuggestion.get(p.suggestionId);
        if (list) list.push(p);
        else bySuggestion.set(p.suggestionId, [p]);
      }
      suggestions.forEach((s, i) => {
        const tallies = bySuggestion.get(s.id) ?? [];
        rows.push({
          sortKey: s.sortKey,
          number: s.number ?? i + 1,
          provision: s.provisionCitation ?? '总体意见',
          originalText: s.originalText ?? '',
          proposedChange: s.proposedChange,
          reason: s.reason ?? '',
          proposers: describeProposers(
            tallies,
            (id) => unitNames.get(id) ?? '联系单位',
            annotations.get(s.id) ?? 0,
          ),
          ...(crossPoint ? { contactPoint: pointName } : {}),
          opinionCount: tallies.reduce((n, t) => n + t.opinions, 0),
          peopleCount: tallies.reduce((n, t) => n + t.people, 0),
        });
      });

      const numberOf = new Map(suggestions.map((s, i) => [s.id, s.number ?? i + 1]));
      const firstNumber = new Map<string, number>();
      for (const link of links) {
        const n = numberOf.get(link.suggestionId);
        if (n !== undefined && n < (firstNumber.get(link.opinionId) ?? Infinity))
          firstNumber.set(link.opinionId, n);
      }
      const grouped = await timed('groups', this.groups.groupIndex(c));
      for (const r of sourceRows)
        sources.push(sourceOf(r, firstNumber, grouped, unitNames, crossPoint ? pointName : null));
    }
    // Across points: by provision in the draft's order, then by point (stable within a point).
    if (crossPoint) {
      rows.sort(
        (a, b) =>
          a.sortKey - b.sortKey || (a.contactPoint ?? '').localeCompare(b.contactPoint ?? '', 'zh-CN'),
      );
      rows.forEach((row, i) => (row.number = i + 1));
    }
    const took = performance.now() - building;
    if (took > SLOW_MS) {
      this.logger.warn(
        `汇总表数据准备耗时 ${Math.round(took)} ms：${[...timings].map(([k, v]) => `${k} ${Math.round(v)} ms`).join('，')}`,
      );
    }
    return { ...doc, rows: rows.map(({ sortKey: _sortKey, ...row }) => row), sources };
  }

  /** The title and the cover, without the table's rows: what the streamed .docx writes before them. */
  private async coverDocument(
    task: ConsultationTaskModel,
    consolidations: ConsolidationEntity[],
    crossPoint: boolean,
  ): Promise<ConsolidatedDocument> {
    const version = await this.drafts.mustFindVersion(task.draftVersionId);
    const draft = await this.drafts.mustFindDraft(version.draftId);
    const [legislature] = await this.organization.legislaturesByIds([task.legislatureId]);
    const points = new Map(
      (await this.organization.pointsByIds(consolidations.map((c) => c.contactPointId))).flatMap((p) =>
        p ? [[p.id, p.name] as const] : [],
      ),
    );
    // 征集时间: the real period, from the task reaching the point to when the point stopped collecting (its task's
    // last move out of 征集中, or the deadline, extensions included, if that came first) — not the planned deadline of a point that
    // stopped earlier. Across points: the earliest start and the latest end.
    let from: Date | null = null;
    let to: Date | null = null;
    for (const c of consolidations) {
      const pointTask = await this.tasks.mustFindPointTask(task.id, c.contactPointId);
      const deadline = effectiveDeadline(task, pointTask);
      const stopped = await this.consolidations.collectionStoppedAt(c, pointTask);
      const end = stopped && stopped < deadline ? stopped : deadline;
      const start = pointTask.receivedAt ?? task.issuedAt ?? task.createdAt;
      if (!from || start < from) from = start;
      if (!to || end > to) to = end;
    }
    const single = !crossPoint ? consolidations[0] : null;
    const stamp = (at: Date | null | undefined) => (at ? formatChinaTime(at) : null);
    return {
      title: `《${draft.title}》意见建议汇总表`,
      cover: {
        taskTitle: task.title,
        draftTitle: draft.title,
        draftVersionLabel: version.label || DRAFT_STAGE_LABELS[version.stage as DraftStage] || '',
        legislatureName: legislature?.name ?? '',
        contactPoints: consolidations.map((c) => points.get(c.contactPointId) ?? ''),
        period: {
          from: from ? chinaDate(from) : (task.issueDate ?? chinaDate(task.issuedAt ?? task.createdAt)),
          to: chinaDate(to ?? task.deadline),
        },
        approvedBy: single?.approvedAs ?? null,
        approvedAt: stamp(single?.approvedAt),
        submittedAt: stamp(single?.submittedAt),
        // The legislature's view: every point's own approval and submission (it lists submitted points only).
        ...(crossPoint
          ? {
              signOffs: consolidations.map((c) => ({
                contactPoint: points.get(c.contactPointId) ?? '',
                approvedBy: c.approvedAs ?? null,
                approvedAt: stamp(c.approvedAt),
                submittedAt: stamp(c.submittedAt),
              })),
            }
          : {}),
        counts: await this.counts(consolidations, crossPoint, points),
        generatedAt: formatChinaTime(this.clock.now()),
      },
      rows: [],
      sources: [],
    };
  }

  /**
   * The cover's counts from GROUP BYs, not from every opinion: opinions gathered (not withdrawn), those not forwarded,
   * people, by channel and by unit (of active opinions), and the suggestions. Lines by count, ties by name.
   */
  private async counts(
    consolidations: ConsolidationEntity[],
    crossPoint: boolean,
    points: Map<string, string>,
  ): Promise<Counts> {
    const tallies = await Promise.all(consolidations.map((c) => this.facts.tally(c)));
    const unitIds = [...new Set(tallies.flat().flatMap((t) => (t.liaisonUnitId ? [t.liaisonUnitId] : [])))];
    const unitNames = new Map(
      (await this.organization.unitsByIds(unitIds)).flatMap((u) => (u ? [[u.id, u.name] as const] : [])),
    );
    const channelTotals = new Map<string, number>();
    const unitTotals = new Map<string, number>();
    let opinions = 0;
    let people = 0;
    let notForwarded = 0;
    consolidations.forEach((c, i) => {
      for (const t of tallies[i]) {
        if (t.status === OpinionStatus.WITHDRAWN) continue;
        opinions += t.opinions;
        if (t.status !== OpinionStatus.ACTIVE) {
          notForwarded += t.opinions;
          continue;
        }
        people += t.people;
        const channel = CHANNEL_LABELS[t.channel as OpinionChannel] ?? String(t.channel);
        channelTotals.set(channel, (channelTotals.get(channel) ?? 0) + t.opinions);
        const unit = unitKeyLabel(unitKeyOf(t), (id) => unitNames.get(id) ?? '联系单位');
        const label = crossPoint ? `${points.get(c.contactPointId) ?? ''} · ${unit}` : unit;
        unitTotals.set(label, (unitTotals.get(label) ?? 0) + t.opinions);
      }
    });
    const lines = (m: Map<string, number>): CountLine[] =>
      [...m.entries()]
        .map(([label, count]) => ({ label, count }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh-CN'));
    const suggestions = consolidations.length
      ? await this.db
          .getRepository(ConsolidatedSuggestionEntity)
          .countBy({ consolidationId: In(consolidations.map((c) => c.id)) })
      : 0;
    return {
      opinions,
      people,
      suggestions,
      notForwarded,
      byChannel: lines(channelTotals),
      byUnit: lines(unitTotals),
    };
  }
}
