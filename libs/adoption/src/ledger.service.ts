import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager } from 'typeorm';
import { ForbiddenError, chunk, newId, toConnection, type PageWindow } from '@app/common';
import { ConsolidationService, SuggestionService, type OriginSuggestionRow } from '@app/consolidation';
import { bulkInsert } from '@app/database';
import { TaskService } from '@app/consultation';
import { CHANNEL_LABELS, tallyLiveOpinions, type OpinionChannel } from '@app/feedback';
import type { Actor } from '@app/identity';
import { OrganizationService, canSeeContactDetails } from '@app/organization';
import { NO_UNIT_LABEL } from '@app/consolidation';
import { AdoptionDecisionEntity, LedgerTallyEntity } from './adoption.entities.js';
import { LEDGER_DIMENSIONS, ledgerOriginRows, ledgerTally, type Breakdown } from './ledger-tally.js';
import type { AdoptionOutcome } from './adoption.enums.js';
import { addSuggestions, emptyFigures, foldByKey, withRate, type LedgerFigures } from './ledger.js';

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

const NONE = '';

/** What an empty key means in each breakdown. */
const NONE_LABELS: Record<Breakdown, string> = {
  unit: NO_UNIT_LABEL,
  collector: '非采集员录入（执行机构、专家、单位管理员）',
  channel: '其他',
};

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
   */
  async retally(em: EntityManager, taskId: string, contactPointId: string): Promise<void> {
    const old = await em.find(LedgerTallyEntity, {
      select: { id: true },
      where: { taskId, contactPointId },
    });
    // One read of the suggestions' origins and outcomes, counted here for every breakdown (ledgerTally): a GROUP BY
    // per breakdown took 2.5 s each on MariaDB at 100,000 suggestions (ledgerTallyInserts, kept as the reference).
    const { sql, params } = ledgerOriginRows({ taskId, contactPointId });
    const rows = await em.query<OriginSuggestionRow[]>(sql, params);
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
    const point = await this.organization.mustFind('contactPoint', contactPointId);
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
    const total = emptyFigures(contactPointId, `${year} 年度`);
    total.tasks = scope.tasks.length;
    const byTask = new Map(scope.tasks.map((t) => [t.id, { ...emptyFigures(t.id, t.title), tasks: 1 }]));
    if (scope.tasks.length) {
      const taskIds = scope.tasks.map((t) => t.id);
      // A submission froze its counts (consolidation.submitted*); only tasks still open are counted live.
      const submitted = await this.consolidations.submittedCountsOf(contactPointId, taskIds);
      const frozen = new Set(submitted.map((c) => c.taskId));
      const open = taskIds.filter((id) => !frozen.has(id));
      const live = await tallyLiveOpinions(this.db, contactPointId, open);
      const counted = [
        ...submitted.map((c) => ({ taskId: c.taskId, opinions: c.submittedOpinions ?? 0 })),
        ...live.map((r) => ({ taskId: r.taskId, opinions: Number(r.n) })),
      ];
      for (const r of counted) {
        byTask.get(r.taskId)!.opinions += r.opinions;
        total.opinions += r.opinions;
      }
      const outcomes = await this.db
        .createQueryBuilder(AdoptionDecisionEntity, 'd')
        .select('d.task_id', 'taskId')
        .addSelect('d.published_outcome', 'outcome')
        .addSelect('COUNT(*)', 'n')
        .where('d.contact_point_id = :contactPointId AND d.task_id IN (:...taskIds)', {
          contactPointId,
          taskIds,
        })
        .andWhere('d.published_outcome IS NOT NULL')
        .groupBy('d.task_id')
        .addGroupBy('d.published_outcome')
        .getRawMany<{ taskId: string; outcome: AdoptionOutcome; n: unknown }>();
      const decided = new Map<string, number>();
      for (const r of outcomes) {
        addSuggestions(byTask.get(r.taskId)!, r.outcome, Number(r.n));
        addSuggestions(total, r.outcome, Number(r.n));
        decided.set(r.taskId, (decided.get(r.taskId) ?? 0) + Number(r.n));
      }
      // Submitted but not (yet) decided, or decided and not yet published: counted as submitted only.
      for (const c of submitted) {
        const pending = Math.max(0, (c.submittedSuggestions ?? 0) - (decided.get(c.taskId) ?? 0));
        addSuggestions(byTask.get(c.taskId)!, null, pending);
        addSuggestions(total, null, pending);
      }
    }
    return {
      ...withRate(total),
      year,
      contactPointId,
      byTask: [...byTask.values()].map(withRate),
      scope,
    };
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
      (k) => k !== NONE,
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
      (key) => labels.get(key) ?? (key === NONE ? NONE_LABELS[by] : key),
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
