import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { ForbiddenError, chunk, toConnection, type Connection, type PageWindow } from '@app/common';
import { ConsolidationService, ConsolidationStatus } from '@app/consolidation';
import {
  ConsolidatedSuggestionEntity,
  ConsolidationEntity,
  SubmittedOriginEntity,
} from '@app/consolidation/entities';
import { newIdSql } from '@app/database';
import { TaskStatus } from '@app/consultation';
import { ConsultationTaskEntity, PointTaskEntity } from '@app/consultation/entities';
import { CHANNEL_LABELS, tallyLiveOpinions, type OpinionChannel } from '@app/feedback';
import type { Actor } from '@app/identity';
import { OrganizationService, canSeeContactDetails } from '@app/organization';
import { NO_UNIT_LABEL } from '@app/consolidation';
import { AdoptionDecisionEntity, LedgerTallyEntity } from './adoption.entities.js';
import { LEDGER_DIMENSIONS, ledgerTallyInserts, type Breakdown } from './ledger-tally.js';
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
    for (const { sql, params } of ledgerTallyInserts({ taskId, contactPointId }, newIdSql(em.connection)))
      await em.query(sql, params);
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
    const tasks = await this.db
      .createQueryBuilder(PointTaskEntity, 'pt')
      .innerJoin(ConsultationTaskEntity, 't', 't.id = pt.task_id')
      .select('t.id', 'id')
      .addSelect('t.title', 'title')
      .where('pt.contact_point_id = :contactPointId AND t.status = :issued', {
        contactPointId,
        issued: TaskStatus.ISSUED,
      })
      .andWhere('t.issue_date >= :from AND t.issue_date <= :to', {
        from: `${year}-01-01`,
        to: `${year}-12-31`,
      })
      .orderBy('t.issue_date', 'ASC')
      .addOrderBy('t.id', 'ASC')
      .getRawMany<{ id: string; title: string }>();
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
      const submitted = await this.db.getRepository(ConsolidationEntity).find({
        select: { taskId: true, submittedOpinions: true, submittedSuggestions: true },
        where: { contactPointId, taskId: In(taskIds), status: ConsolidationStatus.SUBMITTED },
      });
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

  /** Suggestions the point submitted on the scope's tasks (`cs`, joined to their consolidation `c`). */
  private submitted(scope: LedgerScope): SelectQueryBuilder<ConsolidatedSuggestionEntity> {
    return this.db
      .createQueryBuilder(ConsolidatedSuggestionEntity, 'cs')
      .innerJoin(ConsolidationEntity, 'c', 'c.id = cs.consolidation_id')
      .where('c.contact_point_id = :pointId AND c.status = :submitted', {
        pointId: scope.contactPointId,
        submitted: ConsolidationStatus.SUBMITTED,
      })
      .andWhere('cs.task_id IN (:...taskIds)', { taskIds: scope.tasks.map((t) => t.id) });
  }

  /**
   * Suggestions of the scope's tasks with this published outcome, read from the decisions' (point, task, outcome) index:
   * a few thousand rows where the submitted suggestions are a hundred thousand. Only a submitted suggestion can have a
   * decision (SUGGESTION_NOT_SUBMITTED), so the consolidation need not be joined.
   */
  private decided(
    scope: LedgerScope,
    outcome: AdoptionOutcome,
  ): SelectQueryBuilder<ConsolidatedSuggestionEntity> {
    return this.db
      .createQueryBuilder(ConsolidatedSuggestionEntity, 'cs')
      .innerJoin(AdoptionDecisionEntity, 'd', 'd.suggestion_id = cs.id')
      .where(
        'd.contact_point_id = :pointId AND d.task_id IN (:...taskIds) AND d.published_outcome = :outcome',
        {
          pointId: scope.contactPointId,
          taskIds: scope.tasks.map((t) => t.id),
          outcome,
        },
      );
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
    const submitted = (
      await this.db.getRepository(ConsolidationEntity).find({
        select: { taskId: true },
        where: {
          contactPointId: scope.contactPointId,
          taskId: In(taskIds),
          status: ConsolidationStatus.SUBMITTED,
        },
      })
    ).map((c) => c.taskId);
    const open = taskIds.filter((id) => !submitted.includes(id));
    type Row = { taskId: string; key: string | null; n: unknown };
    const frozenOpinions = submitted.length
      ? await this.db
          .createQueryBuilder(SubmittedOriginEntity, 'so')
          .select('so.task_id', 'taskId')
          .addSelect(`so.${column}`, 'key')
          .addSelect('SUM(so.opinions)', 'n')
          .where('so.contact_point_id = :pointId AND so.task_id IN (:...submitted)', {
            pointId: scope.contactPointId,
            submitted,
          })
          .andWhere('so.suggestion_id IS NULL')
          .groupBy('so.task_id')
          .addGroupBy(`so.${column}`)
          .getRawMany<Row>()
      : [];
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

  /** The suggestions behind a figure: the point's submitted suggestions of the year, narrowed as asked. */
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
  ): Promise<Connection<ConsolidatedSuggestionEntity>> {
    if (!scope.tasks.length) return toConnection([], 0, window);
    const qb = filter.outcome ? this.decided(scope, filter.outcome) : this.submitted(scope);
    if (filter.taskId) qb.andWhere('cs.task_id = :taskId', { taskId: filter.taskId });
    const narrow: Array<[string, string | undefined]> = [
      ['liaison_unit_id', filter.liaisonUnitId],
      ['collector_id', filter.collectorId],
      ['channel', filter.channel],
    ];
    narrow.forEach(([column, value], i) => {
      if (value === undefined) return;
      qb.andWhere(
        `EXISTS (SELECT 1 FROM submitted_origin so${i} WHERE so${i}.suggestion_id = cs.id AND so${i}.${column} = :v${i})`,
        { [`v${i}`]: value },
      );
    });
    const total = await qb.getCount();
    const rows =
      window.limit === 0
        ? []
        : await qb
            .orderBy('cs.task_id', 'ASC')
            .addOrderBy('cs.number', 'ASC')
            .addOrderBy('cs.id', 'ASC')
            .offset(window.offset)
            .limit(window.limit)
            .getMany();
    return toConnection(rows, total, window);
  }
}
