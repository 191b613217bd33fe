import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import {
  BadInputError,
  ForbiddenError,
  chunk,
  newId,
  toConnection,
  type Connection,
  type PageWindow,
} from '@app/common';
import { ConsolidationService, SuggestionService, type OriginSuggestionRow } from '@app/consolidation';
import { bulkInsert } from '@app/database';
import { TaskService } from '@app/consultation';
import {
  CHANNEL_LABELS,
  PUBLIC_ORIGIN_KEY,
  PUBLIC_ORIGIN_LABEL,
  tallyLiveOpinions,
  tallyLiveOpinionsPerPoint,
  type OpinionChannel,
} from '@app/feedback';
import { Role, isSystemAdmin, type Actor } from '@app/identity';
import { OrganizationService, actsForLegislature, canSeeContactDetails } from '@app/organization';
import {
  EXPERT_CHANNEL_LABEL,
  EXPERT_ORIGIN_KEY,
  EXPERT_TEAM_LABEL,
  NO_UNIT_LABEL,
} from '@app/consolidation';
import { AdoptionDecisionEntity, LedgerTallyEntity } from './adoption.entities.js';
import {
  LEDGER_DIMENSIONS,
  ledgerOriginRows,
  ledgerOutcomesFilled,
  ledgerTally,
  type Breakdown,
} from './ledger-tally.js';
import { AdoptionOutcome } from './adoption.enums.js';
import { LEDGER_OVERVIEW_PAGE_MAX } from './adoption.enums.js';
import {
  emptyFigures,
  foldByKey,
  pointLedger,
  sortOverview,
  withRate,
  type LedgerFigures,
  type OverviewSortKey,
} from './ledger.js';

/** One point's year: which tasks, and the figures every breakdown starts from. */
export interface LedgerScope {
  contactPointId: string;
  year: number;
  tasks: Array<{ id: string; title: string }>;
}

export interface Ledger extends LedgerFigures {
  year: number;
  contactPointId: string;
  byTask: LedgerFigures[];
  scope: LedgerScope;
}

export type { Breakdown } from './ledger-tally.js';

/** The legislature's overview of a year: a page of its points' lines and the totals over all of them. */
export interface LedgerOverview {
  year: number;
  legislatureId: string;
  totals: LedgerFigures;
  points: Connection<LedgerFigures>;
  /** Listed points since deactivated (they took part in the year's tasks). */
  inactivePointIds: string[];
}

const NONE = '';

/** What an empty key means in each breakdown. */
const NONE_LABELS: Record<Breakdown, string> = {
  unit: NO_UNIT_LABEL,
  collector: '非采集员录入（执行机构、专家、单位管理员）',
  channel: '其他',
};

/**
 * The public's own line (网上征集 through the public link) in the unit and collector breakdowns: the tallies key it
 * PUBLIC_ORIGIN_KEY, which no unit or collector id can be. By channel the public's opinions are 网上征集 like any other.
 */
const publicLabel = (by: Breakdown, key: string): string =>
  by !== 'channel' && key === PUBLIC_ORIGIN_KEY ? PUBLIC_ORIGIN_LABEL : key;

/**
 * The expert team's own line (suggestions drafted from 专家批注): keyed EXPERT_ORIGIN_KEY in every breakdown, labelled
 * 专家团队 by unit and by collector, 专家批注 by channel. It holds suggestions, no opinions (annotations are not).
 */
const expertLabel = (by: Breakdown): string => (by === 'channel' ? EXPERT_CHANNEL_LABEL : EXPERT_TEAM_LABEL);

/** Keys that name no unit, collector or channel of the point: no label to look up. */
const ownLineKeys = new Set([NONE, PUBLIC_ORIGIN_KEY, EXPERT_ORIGIN_KEY]);

/**
 * 工作台账 from the same data as everything else: SQL aggregates over the point's tasks of the year (a handful of
 * statements whatever the number of opinions); the breakdowns by unit, collector and channel only when asked for.
 * Counting rules: ledger.ts.
 */
@Injectable()
export class LedgerService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly organization: OrganizationService,
    private readonly consolidations: ConsolidationService,
    private readonly tasks: TaskService,
    private readonly suggestionRows: SuggestionService,
  ) {}

  onModuleInit(): void {
    this.consolidations.onSubmitted((em, c) => this.retally(em, c.taskId, c.contactPointId));
  }

  /**
   * Recounts the breakdowns' tally of a point's task, in the transaction that submits its table or publishes decisions
   * on it. The new rows go in first and the old ones are removed by id, so no range of ledger_tally is locked (on
   * MySQL/MariaDB a ranged DELETE would block, even deadlock with, another point submitting meanwhile). Recounts of
   * one point's task never overlap: it is submitted once, and publication locks the task's decisions first.
   * `publishedOutcomeOf`: each decided suggestion's published outcome as the caller holds it (publication: its locked
   * read of the task's decisions, every one of them published as it stands once published), so the decisions are not
   * read again by suggestion — at 100,000 that join was ~2 s of the recount on MariaDB (issue 16).
   */
  async retally(
    em: EntityManager,
    taskId: string,
    contactPointId: string,
    publishedOutcomeOf?: ReadonlyMap<string, AdoptionOutcome | null>,
  ): Promise<void> {
    const old = await em.find(LedgerTallyEntity, {
      select: { id: true },
      where: { taskId, contactPointId },
    });
    // One read of the suggestions' origins and outcomes, counted here for every breakdown (ledgerTally): a GROUP BY
    // per breakdown took 2.5 s each on MariaDB at 100,000 suggestions (ledgerTallyInserts, kept as the reference).
    const { sql, params } = ledgerOriginRows(
      { taskId, contactPointId },
      publishedOutcomeOf ? 'known' : 'joined',
    );
    const read = await em.query<OriginSuggestionRow[]>(sql, params);
    const rows = publishedOutcomeOf ? ledgerOutcomesFilled(read, publishedOutcomeOf) : read;
    await bulkInsert(
      em,
      LedgerTallyEntity,
      ledgerTally(rows).map((line): LedgerTallyEntity => ({
        id: newId(),
        contactPointId,
        taskId,
        dimension: line.dimension,
        originKey: line.originKey,
        outcome: line.outcome as AdoptionOutcome | null,
        suggestions: line.suggestions,
      })),
    );
    for (const ids of chunk(old.map((r) => r.id))) await em.delete(LedgerTallyEntity, { id: In(ids) });
  }

  async scope(actor: Actor, contactPointId: string, year: number): Promise<LedgerScope> {
    // Another legislature's or point's answers as missing; the point's own people who may not see it are refused.
    const point = await this.organization.mustFindVisible(actor, 'contactPoint', contactPointId);
    // The point's executing body and its legislature's staff (the same people who may see its contact details).
    if (!canSeeContactDetails(actor, point)) {
      throw new ForbiddenError('只有本联系点的执行机构和立法机关可以查看台账', 'LEDGER_NOT_VISIBLE');
    }
    return this.scopeOf(contactPointId, year);
  }

  /** The point's tasks of the year, for callers that checked access their own way (a unit's feedback report). */
  async scopeOf(contactPointId: string, year: number): Promise<LedgerScope> {
    const tasks = await this.tasks.issuedToPointIn(contactPointId, year);
    return { contactPointId, year, tasks };
  }

  async ledger(actor: Actor, contactPointId: string, year: number): Promise<Ledger> {
    const scope = await this.scope(actor, contactPointId, year);
    const taskIds = scope.tasks.map((t) => t.id);
    // A submission froze its counts (consolidation.submitted*); only tasks still open are counted live.
    const submitted = await this.consolidations.submittedCountsOf(contactPointId, taskIds);
    const frozen = new Set(submitted.map((c) => c.taskId));
    const open = taskIds.filter((id) => !frozen.has(id));
    const live = await tallyLiveOpinions(this.db, contactPointId, open);
    const outcomes = await this.publishedOutcomes(taskIds, contactPointId);
    const { total, byTask } = pointLedger(contactPointId, `${year} 年度`, {
      tasks: scope.tasks,
      submitted,
      live,
      outcomes,
    });
    return { ...total, year, contactPointId, byTask, scope };
  }

  /**
   * The legislature's overview of a year: one line per contact point it consults (the figures of each point's own
   * ledger: the same rows folded by pointLedger), sorted and cut to a page, with the totals over all its points. The
   * lines are its active points and every point sent one of the year's tasks, deactivated ones included (a point
   * deactivated later keeps its history: inactivePointIds names them). Six statements whatever the number of points
   * (one per IN_LIST_CHUNK tasks of the year for the last three): the legislature, its points' tasks of the year, the
   * points (active or among those), the submitted counts, the live opinions and the published outcomes, each grouped
   * by point and task.
   */
  async overview(
    actor: Actor,
    legislatureId: string | null,
    year: number,
    order: { by: OverviewSortKey; descending: boolean },
    window: PageWindow,
  ): Promise<LedgerOverview> {
    const staffOf = [
      ...new Set(
        actor.grants.flatMap((g) =>
          g.role === Role.LEGISLATURE_STAFF && g.legislatureId ? [g.legislatureId] : [],
        ),
      ),
    ];
    const chosen = legislatureId ?? (staffOf.length === 1 ? staffOf[0] : null);
    if (!chosen) {
      if (!isSystemAdmin(actor) && !staffOf.length)
        throw new ForbiddenError('只有立法机关可以查看各联系点的台账总览', 'LEDGER_OVERVIEW_NOT_VISIBLE');
      throw BadInputError.field('legislatureId', '请指明立法机关', 'LEGISLATURE_REQUIRED');
    }
    // Access first: whether a legislature exists, or a page size is allowed, is no answer for someone who may not ask.
    if (!actsForLegislature(actor, chosen)) {
      throw new ForbiddenError('只有立法机关可以查看各联系点的台账总览', 'LEDGER_OVERVIEW_NOT_VISIBLE');
    }
    // The overview's one page-size argument is `first` (ConnectionArgs has no `last`).
    if (window.limit > LEDGER_OVERVIEW_PAGE_MAX) {
      throw BadInputError.field(
        'first',
        `每页最多 ${LEDGER_OVERVIEW_PAGE_MAX} 个联系点`,
        'PAGE_SIZE_OUT_OF_RANGE',
      );
    }
    await this.organization.mustFind('legislature', chosen);
    const pairs = await this.tasks.issuedPointTasksIn(chosen, year);
    const points = await this.organization.overviewPointsOf(chosen, [
      ...new Set(pairs.map((p) => p.contactPointId)),
    ]);
    const taskIds = [...new Set(pairs.map((p) => p.taskId))];
    const submitted = await this.consolidations.submittedCountsOf(null, taskIds);
    const live = await tallyLiveOpinionsPerPoint(this.db, taskIds);
    const outcomes = await this.publishedOutcomes(taskIds, null);

    const group = <R extends { contactPointId: string }>(rows: readonly R[]) => {
      const by = new Map<string, R[]>();
      for (const r of rows) {
        const list = by.get(r.contactPointId);
        if (list) list.push(r);
        else by.set(r.contactPointId, [r]);
      }
      return (pointId: string): R[] => by.get(pointId) ?? [];
    };
    const [tasksOf, submittedOf, liveOf, outcomesOf] = [
      group(pairs),
      group(submitted),
      group(live),
      group(outcomes),
    ];
    const lines = points.map(
      (p) =>
        pointLedger(p.id, p.name, {
          tasks: tasksOf(p.id).map((t) => ({ id: t.taskId, title: t.title })),
          submitted: submittedOf(p.id),
          live: liveOf(p.id),
          outcomes: outcomesOf(p.id),
        }).total,
    );
    const totals = emptyFigures(chosen, `${year} 年度全部联系点`);
    // A task sent to several points is one task the legislature sent (every point sent one is listed).
    totals.tasks = new Set(pairs.map((p) => p.taskId)).size;
    for (const l of lines) {
      totals.opinions += l.opinions;
      totals.suggestions += l.suggestions;
      totals.adopted += l.adopted;
      totals.partiallyAdopted += l.partiallyAdopted;
      totals.notAdopted += l.notAdopted;
      totals.underStudy += l.underStudy;
    }
    const sorted = sortOverview(lines, order.by, order.descending);
    return {
      year,
      legislatureId: chosen,
      totals: withRate(totals),
      inactivePointIds: points.filter((p) => !p.active).map((p) => p.id),
      points: toConnection(sorted.slice(window.offset, window.offset + window.limit), sorted.length, window),
    };
  }

  /**
   * 待反馈 and 研究中 per task, for the legislature's 首页: its submitted suggestions (every point's) with no published
   * decision, and those whose published decision is the interim 研究中 (the legislature still owes a final answer, so
   * 首页 keeps the task marked while either is above zero). Two statements for a page of tasks (the submitted counts and
   * the published outcomes, per point and task), as the ledger counts them: per point, what its submission holds beyond
   * the published outcomes.
   */
  async awaitingDecisionsOf(
    taskIds: readonly string[],
  ): Promise<Array<{ awaiting: number; underStudy: number }>> {
    const submitted = await this.consolidations.submittedCountsOf(null, taskIds);
    const outcomes = await this.publishedOutcomes(taskIds, null);
    const decided = new Map<string, number>();
    const underStudy = new Map<string, number>();
    const at = (pointId: string, taskId: string) => `${pointId}\u0001${taskId}`;
    for (const r of outcomes) {
      const k = at(r.contactPointId, r.taskId);
      decided.set(k, (decided.get(k) ?? 0) + r.n);
      if (r.outcome === AdoptionOutcome.UNDER_STUDY)
        underStudy.set(r.taskId, (underStudy.get(r.taskId) ?? 0) + r.n);
    }
    const waiting = new Map<string, number>();
    for (const c of submitted) {
      const pending = Math.max(
        0,
        (c.submittedSuggestions ?? 0) - (decided.get(at(c.contactPointId, c.taskId)) ?? 0),
      );
      waiting.set(c.taskId, (waiting.get(c.taskId) ?? 0) + pending);
    }
    return taskIds.map((id) => ({ awaiting: waiting.get(id) ?? 0, underStudy: underStudy.get(id) ?? 0 }));
  }

  /** Published outcomes per point, task and outcome, on these tasks (of one point, or of every point with null). */
  private async publishedOutcomes(
    taskIds: readonly string[],
    contactPointId: string | null,
  ): Promise<Array<{ contactPointId: string; taskId: string; outcome: AdoptionOutcome; n: number }>> {
    const rows: Array<{ contactPointId: string; taskId: string; outcome: AdoptionOutcome; n: number }> = [];
    for (const ids of chunk([...new Set(taskIds)])) {
      const query = this.db
        .createQueryBuilder(AdoptionDecisionEntity, 'd')
        .select('d.contact_point_id', 'contactPointId')
        .addSelect('d.task_id', 'taskId')
        .addSelect('d.published_outcome', 'outcome')
        .addSelect('COUNT(*)', 'n')
        .where('d.task_id IN (:...ids)', { ids })
        .andWhere('d.published_outcome IS NOT NULL');
      if (contactPointId !== null) query.andWhere('d.contact_point_id = :contactPointId', { contactPointId });
      const found = await query
        .groupBy('d.contact_point_id')
        .addGroupBy('d.task_id')
        .addGroupBy('d.published_outcome')
        .getRawMany<{ contactPointId: string; taskId: string; outcome: AdoptionOutcome; n: unknown }>();
      rows.push(...found.map((r) => ({ ...r, n: Number(r.n) })));
    }
    return rows;
  }

  /**
   * Figures per unit, collector or channel: opinions from the origins each submission froze (submitted_origin),
   * suggestions per origin and outcome from ledger_tally (kept counted at submission and publication), and a live
   * count of the opinions of tasks not yet submitted. Four statements, each reading a few rows per task, whatever the
   * number of opinions.
   */
  async breakdown(scope: LedgerScope, by: Breakdown): Promise<LedgerFigures[]> {
    if (!scope.tasks.length) return [];
    const column = LEDGER_DIMENSIONS[by];
    const taskIds = scope.tasks.map((t) => t.id);
    const submitted = await this.consolidations.submittedTaskIds(scope.contactPointId, taskIds);
    const open = taskIds.filter((id) => !submitted.includes(id));
    type Row = { taskId: string; key: string | null; n: unknown };
    const frozenOpinions: Row[] = await this.consolidations.frozenOriginTally(
      scope.contactPointId,
      submitted,
      column,
    );
    const liveOpinions: Row[] = await tallyLiveOpinions(this.db, scope.contactPointId, open, column);
    const suggestionRows = submitted.length
      ? await this.db
          .createQueryBuilder(LedgerTallyEntity, 'lt')
          .select('lt.task_id', 'taskId')
          .addSelect('lt.origin_key', 'key')
          .addSelect('lt.outcome', 'outcome')
          .addSelect('SUM(lt.suggestions)', 'n')
          .where('lt.contact_point_id = :pointId AND lt.task_id IN (:...submitted) AND lt.dimension = :by', {
            pointId: scope.contactPointId,
            submitted,
            by,
          })
          .groupBy('lt.task_id')
          .addGroupBy('lt.origin_key')
          .addGroupBy('lt.outcome')
          .getRawMany<Row & { outcome: AdoptionOutcome | null }>()
      : [];
    const keyOf = (r: Row) => r.key ?? NONE;
    const keys = [...new Set([...frozenOpinions, ...liveOpinions, ...suggestionRows].map(keyOf))].filter(
      (k) => !ownLineKeys.has(k),
    );
    const labels = await this.labels(by, keys);
    return foldByKey(
      [...frozenOpinions, ...liveOpinions].map((r) => ({
        key: keyOf(r),
        taskId: r.taskId,
        opinions: Number(r.n),
      })),
      suggestionRows.map((r) => ({
        key: keyOf(r),
        taskId: r.taskId,
        outcome: r.outcome ?? null,
        suggestions: Number(r.n),
      })),
      (key) =>
        labels.get(key) ??
        (key === NONE ? NONE_LABELS[by] : key === EXPERT_ORIGIN_KEY ? expertLabel(by) : publicLabel(by, key)),
    );
  }

  private async labels(by: Breakdown, keys: string[]): Promise<Map<string, string>> {
    if (by === 'channel') return new Map(keys.map((k) => [k, CHANNEL_LABELS[k as OpinionChannel] ?? k]));
    if (by === 'unit') {
      const units = await this.organization.unitsByIds(keys);
      return new Map(units.flatMap((u) => (u ? [[u.id, u.name] as const] : [])));
    }
    const collectors = await this.organization.collectorsByIds(keys);
    const units = await this.organization.unitsByIds([
      ...new Set(collectors.flatMap((c) => (c ? [c.liaisonUnitId] : []))),
    ]);
    const unitName = new Map(units.flatMap((u) => (u ? [[u.id, u.name] as const] : [])));
    return new Map(
      collectors.flatMap((c) =>
        c ? [[c.id, `${c.name}（${unitName.get(c.liaisonUnitId) ?? ''}）`] as const] : [],
      ),
    );
  }

  /**
   * The suggestions behind a figure: the point's submitted suggestions of the year, narrowed as asked. With an outcome,
   * they are read from the decisions' (point, task, outcome) index — a few thousand rows where the submitted suggestions
   * are a hundred thousand; only a submitted suggestion can have a decision (SUGGESTION_NOT_SUBMITTED), so the
   * consolidation need not be joined.
   */
  async suggestions(
    scope: LedgerScope,
    filter: {
      outcome?: AdoptionOutcome;
      taskId?: string;
      liaisonUnitId?: string;
      collectorId?: string;
      channel?: string;
    },
    window: PageWindow,
  ) {
    if (!scope.tasks.length) return toConnection([], 0, window);
    const taskIds = scope.tasks.map((t) => t.id);
    const pick = filter.outcome
      ? {
          among: {
            table: this.db.getMetadata(AdoptionDecisionEntity).tableName,
            alias: 'd',
            on: 'd.suggestion_id = cs.id',
            where:
              'd.contact_point_id = :pointId AND d.task_id IN (:...taskIds) AND d.published_outcome = :outcome',
            params: { pointId: scope.contactPointId, taskIds, outcome: filter.outcome },
          },
        }
      : { submitted: { contactPointId: scope.contactPointId, taskIds } };
    return this.suggestionRows.ledgerPage(pick, filter, window);
  }
}
