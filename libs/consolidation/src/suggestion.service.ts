import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, type DataSource, type EntityManager, type SelectQueryBuilder } from 'typeorm';
import { addressCondition, type AddressScope } from './address-scope.js';
import {
  BadInputError,
  Clock,
  ConflictError,
  DomainError,
  NotFoundError,
  chunk,
  newId,
  pageWindow,
  toConnection,
  type Connection,
  type ConnectionArgs,
  type PageWindow,
} from '@app/common';
import { AuditService } from '@app/audit';
import { BULK_IN_LIST_CHUNK, findKeysetPage, loadChildPages } from '@app/database';
import { DraftsService } from '@app/drafts';
import {
  AnnotationStatus,
  OpinionStatus,
  joinOpinionAnyStatus,
  pointAnnotationsByIds,
  pointOpinionsByIds,
  unheldAnnotationSources,
  unheldOpinionSources,
  type AnnotationSource,
  type OpinionSource,
} from '@app/feedback';
import type { Actor } from '@app/identity';
import {
  ConsolidatedSuggestionEntity,
  DuplicateGroupEntity,
  SuggestionSourceEntity,
  ConsolidationEntity,
} from './consolidation.entities.js';
import { ConsolidationStatus, SourceType } from './consolidation.enums.js';
import { heldSources } from './opinion-facts.js';
import type {
  ChangeSuggestionSourcesInput,
  CreateSuggestionInput,
  MergeSuggestionsInput,
  SplitSuggestionInput,
  SuggestionSourcesInput,
  SuggestionVersionInput,
  UpdateSuggestionInput,
} from './consolidation.models.js';
import { isExecutiveOf } from './consolidation-access.js';
import { ConsolidationService, type ConsolidationContext } from './consolidation.service.js';
import { DuplicateGroupService } from './duplicate-group.service.js';
import { ProvisionOrder } from './provision-order.js';

interface ResolvedSources {
  opinions: OpinionSource[];
  annotations: AnnotationSource[];
}

interface SourceKey {
  sourceType: SourceType;
  sourceId: string;
}

const keyOf = (s: SourceKey) => `${s.sourceType}:${s.sourceId}`;

/** What an annotation says, as the text of a suggestion made from it. */
function annotationText(a: AnnotationSource): { proposedChange: string; reason: string | null } {
  return {
    proposedChange: a.proposedWording ? `${a.note}\n建议修改为：${a.proposedWording}` : a.note,
    reason: a.legalBasis,
  };
}

/**
 * 汇总条目: made from opinions, annotations and duplicate groups; edited, merged and split with optimistic locking;
 * each keeps a link to every source. Changes happen only while the consolidation is being drafted (see
 * ConsolidationService.forEditing) and each is audited in its transaction.
 */
@Injectable()
export class SuggestionService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly consolidations: ConsolidationService,
    private readonly groups: DuplicateGroupService,
    private readonly drafts: DraftsService,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  // ── reading ──────────────────────────────────────────────────────────────────────────────────────────────────

  /**
   * The point's suggestions in the draft's order, by keyset: suggestions created, split or merged while someone pages
   * through the list never shift their next page. The order is (sortKey, createdAt, id): the 序号 given at approval
   * follows exactly that order (opinion-facts), so numbered and unnumbered lists read the same.
   */
  async list(
    consolidation: ConsolidationEntity,
    args: ConnectionArgs,
    provisionAddresses?: AddressScope,
    search?: string,
  ): Promise<Connection<ConsolidatedSuggestionEntity>> {
    // A search answers by relevance over a bounded set, paged by position; the plain list keeps keyset cursors.
    if (search?.trim()) return this.search(consolidation, pageWindow(args), provisionAddresses, search);
    return findKeysetPage(
      this.db.getRepository(ConsolidatedSuggestionEntity),
      [
        {
          consolidationId: consolidation.id,
          ...addressCondition(provisionAddresses),
        },
      ],
      [
        { property: 'sortKey', direction: 'ASC' },
        { property: 'createdAt', direction: 'ASC' },
        { property: 'id', direction: 'ASC' },
      ],
      args,
      () => this.countFromTally(consolidation.id, provisionAddresses),
    );
  }

  /**
   * How many suggestions the list holds, from consolidation_item_tally (kept by triggers in each write's transaction,
   * migration 1764600000000): a COUNT over a drafted table's 694,302 rows took 240 ms of the first screen at a million
   * opinions; the tally's rows are one per provision. '' stands for 总体意见 there (the key holds no NULL).
   */
  private async countFromTally(consolidationId: string, scope: AddressScope): Promise<number> {
    if (Array.isArray(scope) && scope.length === 0) return 0;
    const qb = this.db
      .createQueryBuilder()
      .select('COALESCE(SUM(t.suggestions), 0)', 'n')
      .from('consolidation_item_tally', 't')
      .where('t.consolidation_id = :consolidationId', { consolidationId });
    if (scope === null) qb.andWhere("t.provision_address = ''");
    else if (scope !== undefined) qb.andWhere('t.provision_address IN (:...scope)', { scope });
    const row = await qb.getRawOne<{ n: unknown }>();
    return Number(row?.n ?? 0);
  }

  /**
   * The suggestions whose wording, reason, original text or citation hold every word of `search` (or whose number is
   * the word), in the table's order: how the liaison officer finds one suggestion among hundreds to add opinions to.
   * A LIKE over one consolidation's rows (hundreds to a few thousand), on SQLite and MariaDB alike.
   */
  private async search(
    consolidation: ConsolidationEntity,
    window: PageWindow,
    provisionAddresses: AddressScope,
    search: string,
  ): Promise<Connection<ConsolidatedSuggestionEntity>> {
    const words = search.trim().split(/\s+/).slice(0, 10);
    const query = () => {
      const q = this.db
        .createQueryBuilder(ConsolidatedSuggestionEntity, 's')
        .where('s.consolidation_id = :id', { id: consolidation.id });
      if (provisionAddresses === null) q.andWhere('s.provision_address IS NULL');
      else if (provisionAddresses)
        q.andWhere(provisionAddresses.length ? 's.provision_address IN (:...addresses)' : '1 = 0', {
          addresses: provisionAddresses,
        });
      words.forEach((word, i) => {
        const like = `%${word.replace(/[!%_]/g, (c) => `!${c}`)}%`;
        q.andWhere(
          new Brackets((or) => {
            for (const column of ['proposed_change', 'reason', 'original_text', 'provision_citation'])
              or.orWhere(`s.${column} LIKE :w${i} ESCAPE '!'`, { [`w${i}`]: like });
            if (/^\d{1,9}$/.test(word)) or.orWhere(`s.number = :n${i}`, { [`n${i}`]: Number(word) });
          }),
        );
      });
      return q;
    };
    const total = await query().getCount();
    const rows =
      window.limit === 0
        ? []
        : await query()
            .orderBy('s.sortKey', 'ASC')
            .addOrderBy('s.number', 'ASC')
            .addOrderBy('s.createdAt', 'ASC')
            .addOrderBy('s.id', 'ASC')
            .skip(window.offset)
            .take(window.limit)
            .getMany();
    return toConnection(rows, total, window);
  }

  /** Suggestions of these consolidations counted per point (the adoption review's figures): one GROUP BY. */
  async countPerPoint(consolidationIds: readonly string[]): Promise<Map<string, number>> {
    const perPoint = new Map<string, number>();
    if (!consolidationIds.length) return perPoint;
    const rows = await this.db
      .createQueryBuilder(ConsolidatedSuggestionEntity, 'cs')
      .select('cs.contact_point_id', 'pointId')
      .addSelect('COUNT(*)', 'n')
      .where('cs.consolidation_id IN (:...ids)', { ids: consolidationIds })
      .groupBy('cs.contact_point_id')
      .getRawMany<{ pointId: string; n: number | string }>();
    for (const r of rows) perPoint.set(r.pointId, Number(r.n));
    return perPoint;
  }

  /** A page of these consolidations' suggestions, in the draft's order (general opinions last), point by point. */
  async pageOfConsolidations(
    consolidationIds: readonly string[],
    window: { offset: number; limit: number },
  ): Promise<[ConsolidatedSuggestionEntity[], number]> {
    return this.db.getRepository(ConsolidatedSuggestionEntity).findAndCount({
      where: { consolidationId: In([...consolidationIds]) },
      order: { sortKey: 'ASC', contactPointId: 'ASC', number: 'ASC', id: 'ASC' },
      skip: window.offset,
      take: window.limit,
    });
  }

  /** Every suggestion of these consolidations, in the draft's order, point by point (the comparison table's rows). */
  async ofConsolidations(consolidationIds: readonly string[]): Promise<ConsolidatedSuggestionEntity[]> {
    if (!consolidationIds.length) return [];
    return this.db.getRepository(ConsolidatedSuggestionEntity).find({
      where: { consolidationId: In([...consolidationIds]) },
      order: { sortKey: 'ASC', contactPointId: 'ASC', number: 'ASC' },
    });
  }

  /**
   * A condition for another domain's query: the suggestion whose id is in `idColumn` belongs to one of these
   * consolidations (a correlated EXISTS on the suggestion's primary key, as cheap as the join it replaces).
   */
  inConsolidations(
    idColumn: string,
    consolidationIds: readonly string[],
  ): { sql: string; params: Record<string, unknown> } {
    return {
      sql: `EXISTS (SELECT 1 FROM consolidated_suggestion cs WHERE cs.id = ${idColumn} AND cs.consolidation_id IN (:...consolidationIds))`,
      params: { consolidationIds },
    };
  }

  /**
   * The active opinions behind these suggestions, with who recorded each and its unit (whom a published outcome is
   * told): one join per chunk of suggestions, in the caller's transaction. `suggestions` is a list of ids, or
   * `{ ofTask }`: every suggestion of the task's tables, undecided ones included (the caller keeps those it wants) —
   * so that 100,000 of them are one statement, not lists of ids. That one is read by the links' (table, source type,
   * source) index, so the opinions are fetched in key order: on MariaDB at 100,000, 0.8 s against 1.7–2.1 s when the
   * links were found by suggestion (each link a B-tree descent, each opinion a random page of a table larger than the
   * buffer pool; issue 16).
   */
  async activeOpinionsBehind(
    suggestions: readonly string[] | { ofTask: string },
    em: EntityManager = this.db.manager,
  ): Promise<
    Array<{
      suggestionId: string;
      opinionId: string;
      authorAccountId: string | null;
      liaisonUnitId: string | null;
    }>
  > {
    const rows: Array<{
      suggestionId: string;
      opinionId: string;
      /** Null: given by the public through 网上征集 (no account to tell). */
      authorAccountId: string | null;
      liaisonUnitId: string | null;
    }> = [];
    let conditions: Array<{ sql: string; params: Record<string, unknown> }>;
    if (Array.isArray(suggestions)) {
      conditions = chunk(suggestions as readonly string[], BULK_IN_LIST_CHUNK).map((part) => ({
        sql: 's.suggestion_id IN (:...part)',
        params: { part },
      }));
    } else {
      const { ofTask } = suggestions as { ofTask: string };
      // One table per point and task: a handful of ids.
      const tables = (
        await em.find(ConsolidationEntity, { select: { id: true }, where: { taskId: ofTask } })
      ).map((c) => c.id);
      conditions = tables.length
        ? [
            {
              sql: 's.consolidation_id IN (:...tables) AND s.source_type = :opinion',
              params: { tables, opinion: SourceType.OPINION },
            },
          ]
        : [];
    }
    for (const { sql, params } of conditions) {
      const links = em.createQueryBuilder(SuggestionSourceEntity, 's').where(sql, params);
      const found = await joinOpinionAnyStatus(links, 'o.id = s.source_id AND s.source_type = :opinion', {
        opinion: SourceType.OPINION,
      })
        .select('s.suggestion_id', 'suggestionId')
        .addSelect('o.id', 'opinionId')
        .addSelect('o.author_account_id', 'authorAccountId')
        .addSelect('o.liaison_unit_id', 'liaisonUnitId')
        .addSelect('o.status', 'status')
        .getRawMany<{
          suggestionId: string;
          opinionId: string;
          authorAccountId: string | null;
          liaisonUnitId: string | null;
          status: OpinionStatus;
        }>();
      // The status is checked here, not in the join (see joinOpinionAnyStatus: the plan stays link → opinion by key).
      // The row as read (its status along; no copy of 100,000 objects).
      for (const row of found) if (row.status === OpinionStatus.ACTIVE) rows.push(row);
    }
    return rows;
  }

  /**
   * The links from these opinions to the suggestions they went into, as a statement another domain extends: alias
   * `s` for the link (its suggestion id `s.suggestion_id`), `cs` for the suggestion; it selects opinionId and number.
   * The caller joins its own table on `s.suggestion_id` and narrows it, so the whole stays one statement.
   */
  linksOfOpinions(opinionIds: readonly string[]): SelectQueryBuilder<SuggestionSourceEntity> {
    return this.db
      .createQueryBuilder(SuggestionSourceEntity, 's')
      .innerJoin(ConsolidatedSuggestionEntity, 'cs', 'cs.id = s.suggestion_id')
      .select('s.source_id', 'opinionId')
      .addSelect('cs.number', 'number')
      .where('s.source_id IN (:...opinionIds) AND s.source_type = :opinion', {
        opinionIds,
        opinion: SourceType.OPINION,
      });
  }

  /**
   * A page of the suggestions behind a ledger figure, by task and number, with the total. `pick`: the point's
   * submitted suggestions on these tasks, or those the caller's own rows pick (`among`: its table inner-joined on the
   * suggestion's id `cs.id` and narrowed by its condition, so a statement driven from a selective index of that table
   * stays so; e.g. adoption's published decisions of one outcome). `narrow`: one task, and the origins each
   * submission froze (submitted_origin: unit, collector, channel).
   */
  async ledgerPage(
    pick:
      | { submitted: { contactPointId: string; taskIds: readonly string[] } }
      | {
          among: {
            table: string;
            alias: string;
            on: string;
            where: string;
            params: Record<string, unknown>;
          };
        },
    narrow: { taskId?: string; liaisonUnitId?: string; collectorId?: string; channel?: string },
    window: PageWindow,
  ): Promise<Connection<ConsolidatedSuggestionEntity>> {
    const qb = this.db.createQueryBuilder(ConsolidatedSuggestionEntity, 'cs');
    if ('submitted' in pick) {
      qb.innerJoin(ConsolidationEntity, 'c', 'c.id = cs.consolidation_id')
        .where('c.contact_point_id = :pointId AND c.status = :submitted', {
          pointId: pick.submitted.contactPointId,
          submitted: ConsolidationStatus.SUBMITTED,
        })
        .andWhere('cs.task_id IN (:...taskIds)', { taskIds: pick.submitted.taskIds });
    } else {
      qb.innerJoin(pick.among.table, pick.among.alias, pick.among.on).where(
        pick.among.where,
        pick.among.params,
      );
    }
    if (narrow.taskId) qb.andWhere('cs.task_id = :taskId', { taskId: narrow.taskId });
    const origins: Array<[string, string | undefined]> = [
      ['liaison_unit_id', narrow.liaisonUnitId],
      ['collector_id', narrow.collectorId],
      ['channel', narrow.channel],
    ];
    origins.forEach(([column, value], i) => {
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

  async mustFind(id: string, em: EntityManager = this.db.manager): Promise<ConsolidatedSuggestionEntity> {
    const row = await em.findOneBy(ConsolidatedSuggestionEntity, { id });
    if (!row) throw new NotFoundError('汇总条目', id, 'SUGGESTION_NOT_FOUND');
    return row;
  }

  /** A suggestion the caller may read (its point's executing body; the legislature once submitted). */
  get(actor: Actor, id: string): Promise<ConsolidatedSuggestionEntity> {
    return this.mustFindReadable(actor, id);
  }

  /** The suggestion, if the caller may read it; otherwise the answer a missing one gets (see mustRead). */
  async mustFindReadable(
    actor: Actor,
    id: string,
    em: EntityManager = this.db.manager,
  ): Promise<ConsolidatedSuggestionEntity> {
    const row = await this.mustFind(id, em);
    await this.mustRead(actor, row, em);
    return row;
  }

  /**
   * Whether the caller may read the suggestion's table; one they may not answers exactly as a missing suggestion
   * (SUGGESTION_NOT_FOUND), not as its task or table would.
   */
  private async mustRead(
    actor: Actor,
    row: ConsolidatedSuggestionEntity,
    em: EntityManager = this.db.manager,
  ): Promise<void> {
    try {
      await this.consolidations.forReading(actor, row.taskId, row.contactPointId, em);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'NOT_FOUND')
        throw new NotFoundError('汇总条目', row.id, 'SUGGESTION_NOT_FOUND').concealing(error.reason);
      throw error;
    }
  }

  sourcesOf(
    suggestionIds: readonly string[],
    window: PageWindow,
  ): Promise<Connection<SuggestionSourceEntity>[]> {
    return loadChildPages(
      this.db,
      SuggestionSourceEntity,
      suggestionIds,
      { parentColumn: 'suggestion_id', orderBy: 'source_type, source_id' },
      window,
    );
  }

  // ── changing ─────────────────────────────────────────────────────────────────────────────────────────────────

  async create(actor: Actor, input: CreateSuggestionInput): Promise<ConsolidatedSuggestionEntity> {
    return this.db.transaction(async (em) => {
      const context = await this.consolidations.forEditing(em, actor, input.taskId, input.contactPointId);
      const sources = await this.resolveSources(em, context, input.sources);
      if (!sources.opinions.length && !sources.annotations.length) {
        throw BadInputError.field(
          'input.sources',
          '汇总条目至少要有一条来源意见或专家批注',
          'SUGGESTION_NEEDS_SOURCES',
        );
      }
      const order = await this.order(context);
      const address =
        input.provisionAddress !== undefined
          ? this.checkAddress(order, input.provisionAddress, 'input.provisionAddress')
          : commonAddress(sources);
      const first = sources.opinions[0] ?? null;
      const fromAnnotation = sources.annotations[0] ? annotationText(sources.annotations[0]) : null;
      const row = this.newRow(actor, context.consolidation, order, address, {
        proposedChange: input.proposedChange ?? first?.proposedChange ?? fromAnnotation!.proposedChange,
        reason: input.reason !== undefined ? input.reason : (first?.reason ?? fromAnnotation?.reason ?? null),
      });
      await em.insert(ConsolidatedSuggestionEntity, row);
      await this.link(em, row, keysOf(sources));
      await this.audit.record(em, actor, {
        action: 'suggestion.create',
        entityType: 'ConsolidatedSuggestion',
        entityId: row.id,
        before: null,
        after: { ...row, opinions: sources.opinions.length, annotations: sources.annotations.length },
      });
      return row;
    });
  }

  async update(actor: Actor, input: UpdateSuggestionInput): Promise<ConsolidatedSuggestionEntity> {
    return this.db.transaction(async (em) => {
      const { row, context } = await this.editable(em, actor, input.id);
      const patch: Partial<ConsolidatedSuggestionEntity> = {};
      if (input.proposedChange !== undefined) patch.proposedChange = input.proposedChange;
      if (input.reason !== undefined) patch.reason = input.reason;
      if (input.provisionAddress !== undefined) {
        const order = await this.order(context);
        const address = this.checkAddress(order, input.provisionAddress, 'input.provisionAddress');
        Object.assign(patch, {
          provisionAddress: address,
          provisionCitation: address ? order.citation(address) : null,
          sortKey: order.sortKey(address),
          originalText: order.text(address),
        });
      }
      // 原文 is what the draft says at the provision (set at creation and on a change of provision), never the point's
      // wording: the table quotes it to the legislature as the draft's. A client may still send it unchanged (as the
      // workbench did); any other text is refused rather than silently dropped.
      if (input.originalText !== undefined) {
        const kept = 'originalText' in patch ? (patch.originalText ?? null) : row.originalText;
        if (!sameOriginalText(input.originalText, kept)) throw originalTextReadOnly(kept);
      }
      return this.save(em, actor, row, input.version, patch, 'suggestion.update');
    });
  }

  async addSources(actor: Actor, input: ChangeSuggestionSourcesInput): Promise<ConsolidatedSuggestionEntity> {
    return this.db.transaction(async (em) => {
      const { row, context } = await this.editable(em, actor, input.id);
      const sources = await this.resolveSources(em, context, input.sources);
      const saved = await this.save(em, actor, row, input.version, {}, 'suggestion.addSources', {
        added: keysOf(sources).length,
      });
      await this.link(em, row, keysOf(sources));
      return saved;
    });
  }

  async removeSources(
    actor: Actor,
    input: ChangeSuggestionSourcesInput,
  ): Promise<ConsolidatedSuggestionEntity> {
    return this.db.transaction(async (em) => {
      const { row, context } = await this.editable(em, actor, input.id);
      const current = await this.sourceKeys(em, [row.id]);
      const remove = new Set([
        ...(input.sources.opinionIds ?? []).map((id) => `${SourceType.OPINION}:${id}`),
        ...(input.sources.annotationIds ?? []).map((id) => `${SourceType.ANNOTATION}:${id}`),
      ]);
      if (input.sources.duplicateGroupIds?.length) {
        const groups = await em.findBy(DuplicateGroupEntity, {
          id: In(input.sources.duplicateGroupIds),
          consolidationId: row.consolidationId,
          generation: context.consolidation.groupGeneration,
        });
        const members = await this.groups.membersOf(
          groups.map((g) => g.id),
          em,
        );
        for (const id of members.flat()) remove.add(`${SourceType.OPINION}:${id}`);
      }
      const left = current.filter((k) => !remove.has(keyOf(k)));
      if (left.length === current.length) {
        throw BadInputError.field('input.sources', '所选来源不属于该汇总条目', 'SOURCE_NOT_IN_SUGGESTION');
      }
      if (!left.length) {
        throw BadInputError.field(
          'input.sources',
          '汇总条目至少要保留一条来源；如不需要该条目，请删除它（其来源意见将回到待汇总）',
          'SUGGESTION_NEEDS_SOURCES',
        );
      }
      const saved = await this.save(em, actor, row, input.version, {}, 'suggestion.removeSources', {
        removed: current.length - left.length,
      });
      const gone = current.filter((k) => remove.has(keyOf(k)));
      for (const part of chunk(gone)) {
        await em.delete(SuggestionSourceEntity, {
          suggestionId: row.id,
          sourceId: In(part.map((k) => k.sourceId)),
        });
      }
      return saved;
    });
  }

  /** Deletes a suggestion; its sources become unaccounted again (they are never deleted). */
  /** Deletes the suggestion; returns it as it was (its id and consolidation tell the client what changed). */
  async remove(actor: Actor, input: SuggestionVersionInput): Promise<ConsolidatedSuggestionEntity> {
    return this.db.transaction(async (em) => {
      const { row } = await this.editable(em, actor, input.id);
      await this.checkVersion(em, row, input.version);
      const sources = await this.sourceKeys(em, [row.id]);
      await em.delete(SuggestionSourceEntity, { suggestionId: row.id });
      await em.delete(ConsolidatedSuggestionEntity, { id: row.id });
      await this.audit.record(em, actor, {
        action: 'suggestion.delete',
        entityType: 'ConsolidatedSuggestion',
        entityId: row.id,
        before: { ...row, sources: sources.length },
        after: null,
      });
      return row;
    });
  }

  async merge(actor: Actor, input: MergeSuggestionsInput): Promise<ConsolidatedSuggestionEntity> {
    const ids = input.suggestions.map((s) => s.id);
    if (new Set(ids).size !== ids.length) {
      throw BadInputError.field('input.suggestions', '同一汇总条目不能重复选择', 'DUPLICATE_SUGGESTION');
    }
    return this.db.transaction(async (em) => {
      const rows = await em.findBy(ConsolidatedSuggestionEntity, { id: In(ids) });
      // Another point's suggestions are as good as missing: their existence is not revealed.
      const missing = ids.filter(
        (id) => !rows.some((r) => r.id === id && isExecutiveOf(actor, r.contactPointId)),
      );
      if (missing.length) throw new NotFoundError('汇总条目', missing.join('、'), 'SUGGESTION_NOT_FOUND');
      if (new Set(rows.map((r) => r.consolidationId)).size > 1) {
        throw BadInputError.field(
          'input.suggestions',
          '只能合并同一任务、同一联系点的汇总条目',
          'SUGGESTIONS_OF_DIFFERENT_TASKS',
        );
      }
      const ordered = ids.map((id) => rows.find((r) => r.id === id)!);
      const first = ordered[0];
      const context = await this.consolidations.forEditing(em, actor, first.taskId, first.contactPointId);
      for (const s of input.suggestions)
        await this.checkVersion(
          em,
          ordered.find((r) => r.id === s.id)!,
          s.version,
        );
      const keys = dedupe(await this.sourceKeys(em, ids));
      const order = await this.order(context);
      const sameAddress = new Set(ordered.map((r) => r.provisionAddress)).size === 1;
      const merged = this.newRow(
        actor,
        context.consolidation,
        order,
        sameAddress ? first.provisionAddress : null,
        {
          proposedChange: input.proposedChange ?? first.proposedChange,
          reason: input.reason !== undefined ? input.reason : first.reason,
        },
      );
      await em.delete(SuggestionSourceEntity, { suggestionId: In(ids) });
      await em.delete(ConsolidatedSuggestionEntity, { id: In(ids) });
      await em.insert(ConsolidatedSuggestionEntity, merged);
      await this.link(em, merged, keys);
      await this.audit.record(em, actor, {
        action: 'suggestion.merge',
        entityType: 'ConsolidatedSuggestion',
        entityId: merged.id,
        before: { merged: ordered },
        after: { ...merged, sources: keys.length },
      });
      return merged;
    });
  }

  async split(actor: Actor, input: SplitSuggestionInput): Promise<ConsolidatedSuggestionEntity[]> {
    return this.db.transaction(async (em) => {
      const { row, context } = await this.editable(em, actor, input.id);
      await this.checkVersion(em, row, input.version);
      const current = await this.sourceKeys(em, [row.id]);
      const own = new Set(current.map(keyOf));
      const used = new Set<string>();
      const order = await this.order(context);
      const parts = input.parts.map((part, i) => {
        const keys = [
          ...(part.opinionIds ?? []).map((id) => ({ sourceType: SourceType.OPINION, sourceId: id })),
          ...(part.annotationIds ?? []).map((id) => ({ sourceType: SourceType.ANNOTATION, sourceId: id })),
        ];
        if (!keys.length) {
          throw BadInputError.field(
            `input.parts.${i}`,
            `第 ${i + 1} 部分没有来源：拆分后的每一部分都要带上至少一条来源`,
            'SPLIT_PART_EMPTY',
          );
        }
        const foreign = keys.filter((k) => !own.has(keyOf(k)));
        if (foreign.length) {
          throw BadInputError.field(
            `input.parts.${i}`,
            `第 ${i + 1} 部分含有不属于原条目的来源：${foreign.map((k) => k.sourceId).join('、')}`,
            'SOURCE_NOT_IN_SUGGESTION',
          );
        }
        keys.forEach((k) => used.add(keyOf(k)));
        const address =
          part.provisionAddress !== undefined
            ? this.checkAddress(order, part.provisionAddress, `input.parts.${i}.provisionAddress`)
            : row.provisionAddress;
        return {
          row: this.newRow(actor, context.consolidation, order, address, {
            proposedChange: part.proposedChange,
            reason: part.reason ?? null,
          }),
          keys: dedupe(keys),
        };
      });
      const lost = current.filter((k) => !used.has(keyOf(k)));
      if (lost.length) {
        throw new BadInputError(
          'SPLIT_LOSES_SOURCES',
          `拆分后有 ${lost.length} 条来源没有归入任何部分：${lost
            .slice(0, 10)
            .map((k) => k.sourceId)
            .join('、')}`,
          [{ field: 'input.parts', message: '原条目的每条来源都要归入至少一部分' }],
        );
      }
      await em.delete(SuggestionSourceEntity, { suggestionId: row.id });
      await em.delete(ConsolidatedSuggestionEntity, { id: row.id });
      for (const part of parts) {
        await em.insert(ConsolidatedSuggestionEntity, part.row);
        await this.link(em, part.row, part.keys);
      }
      await this.audit.record(em, actor, {
        action: 'suggestion.split',
        entityType: 'ConsolidatedSuggestion',
        entityId: row.id,
        before: { ...row, sources: current.length },
        after: { parts: parts.map((p) => ({ id: p.row.id, sources: p.keys.length })) },
      });
      return parts.map((p) => p.row);
    });
  }

  /**
   * 生成汇总初稿: one suggestion per duplicate group and per remaining opinion or annotation not yet in a suggestion,
   * in bulk — a starting point the executing body then merges, splits and rewrites.
   */
  async draft(
    actor: Actor,
    taskId: string,
    contactPointId: string,
  ): Promise<{ created: number; opinions: number; annotations: number }> {
    return this.db.transaction(async (em) => {
      const context = await this.consolidations.forEditing(em, actor, taskId, contactPointId);
      const c = context.consolidation;
      const order = await this.order(context);
      const opinions = await unheldOpinionSources(em, c, heldSources(c, SourceType.OPINION));
      const groupOf = await this.groups.groupIndex(c, em);
      const representatives = new Map(
        (await em.findBy(DuplicateGroupEntity, { consolidationId: c.id, generation: c.groupGeneration })).map(
          (g) => [g.id, g.representativeOpinionId],
        ),
      );
      const batches = new Map<string, typeof opinions>();
      for (const opinion of opinions) {
        const key = groupOf.get(opinion.id) ?? `opinion:${opinion.id}`;
        const batch = batches.get(key);
        if (batch) batch.push(opinion);
        else batches.set(key, [opinion]);
      }
      const rows: ConsolidatedSuggestionEntity[] = [];
      const links: SuggestionSourceEntity[] = [];
      for (const [key, members] of batches) {
        const lead = members.find((m) => m.id === representatives.get(key)) ?? members[0];
        const row = this.newRow(actor, c, order, lead.provisionAddress, {
          proposedChange: lead.proposedChange,
          reason: lead.reason,
        });
        rows.push(row);
        for (const m of members)
          links.push(this.sourceRow(row, { sourceType: SourceType.OPINION, sourceId: m.id }));
      }
      const annotations = await unheldAnnotationSources(em, c, heldSources(c, SourceType.ANNOTATION));
      for (const a of annotations) {
        const row = this.newRow(actor, c, order, a.provisionAddress, annotationText(a));
        rows.push(row);
        links.push(this.sourceRow(row, { sourceType: SourceType.ANNOTATION, sourceId: a.id }));
      }
      for (const part of chunk(rows, 100)) await em.insert(ConsolidatedSuggestionEntity, part);
      for (const part of chunk(links, 500)) await em.insert(SuggestionSourceEntity, part);
      const result = {
        created: rows.length,
        opinions: opinions.length,
        annotations: annotations.length,
      };
      await this.audit.record(em, actor, {
        action: 'suggestion.draft',
        entityType: 'Consolidation',
        entityId: c.id,
        before: null,
        after: result,
      });
      return result;
    });
  }

  // ── helpers ──────────────────────────────────────────────────────────────────────────────────────────────────

  private async editable(
    em: EntityManager,
    actor: Actor,
    id: string,
  ): Promise<{ row: ConsolidatedSuggestionEntity; context: ConsolidationContext }> {
    const row = await this.mustFind(id, em);
    await this.mustRead(actor, row, em);
    const context = await this.consolidations.forEditing(em, actor, row.taskId, row.contactPointId);
    return { row, context };
  }

  private async order(context: ConsolidationContext): Promise<ProvisionOrder> {
    return new ProvisionOrder(await this.drafts.versionIndex(context.task.draftVersionId));
  }

  private checkAddress(
    order: ProvisionOrder,
    address: string | null | undefined,
    field: string,
  ): string | null {
    if (address === null || address === undefined || address === '') return null;
    if (!order.has(address)) {
      throw BadInputError.field(field, `草案中没有这一条文：${address}`, 'PROVISION_NOT_IN_DRAFT');
    }
    return address;
  }

  private newRow(
    actor: Actor,
    c: ConsolidationEntity,
    order: ProvisionOrder,
    address: string | null,
    text: { proposedChange: string; reason: string | null },
  ): ConsolidatedSuggestionEntity {
    const now = this.clock.now();
    return {
      id: newId(),
      consolidationId: c.id,
      taskId: c.taskId,
      contactPointId: c.contactPointId,
      number: null,
      sortKey: order.sortKey(address),
      provisionAddress: address,
      provisionCitation: address ? order.citation(address) : null,
      originalText: order.text(address),
      proposedChange: text.proposedChange,
      reason: text.reason,
      version: 1,
      createdById: actor.accountId,
      updatedById: actor.accountId,
      createdAt: now,
      updatedAt: now,
    };
  }

  private sourceRow(row: ConsolidatedSuggestionEntity, key: SourceKey): SuggestionSourceEntity {
    return { id: newId(), suggestionId: row.id, consolidationId: row.consolidationId, ...key };
  }

  private async link(em: EntityManager, row: ConsolidatedSuggestionEntity, keys: SourceKey[]): Promise<void> {
    const values = keys.map((k) => this.sourceRow(row, k));
    for (const part of chunk(values, 500)) {
      await em.createQueryBuilder().insert().into(SuggestionSourceEntity).values(part).orIgnore().execute();
    }
  }

  private async sourceKeys(em: EntityManager, suggestionIds: string[]): Promise<SourceKey[]> {
    const rows = await em.find(SuggestionSourceEntity, {
      where: { suggestionId: In(suggestionIds) },
      order: { sourceType: 'ASC', sourceId: 'ASC' },
    });
    return rows.map((r) => ({ sourceType: r.sourceType, sourceId: r.sourceId }));
  }

  /** Optimistic lock: the version the caller started from must still be the current one. */
  private async checkVersion(
    em: EntityManager,
    row: ConsolidatedSuggestionEntity,
    version: number,
  ): Promise<void> {
    if (row.version !== version) throw this.conflict(row);
    const result = await em.update(
      ConsolidatedSuggestionEntity,
      { id: row.id, version },
      { version: version + 1 },
    );
    if (!result.affected) throw this.conflict(await this.mustFind(row.id, em));
  }

  private async save(
    em: EntityManager,
    actor: Actor,
    row: ConsolidatedSuggestionEntity,
    version: number,
    patch: Partial<ConsolidatedSuggestionEntity>,
    action: string,
    note: Record<string, unknown> = {},
  ): Promise<ConsolidatedSuggestionEntity> {
    const now = this.clock.now();
    const result = await em.update(
      ConsolidatedSuggestionEntity,
      { id: row.id, version },
      { ...patch, version: version + 1, updatedById: actor.accountId, updatedAt: now },
    );
    if (!result.affected) throw this.conflict(await this.mustFind(row.id, em));
    const after = { ...row, ...patch, version: version + 1, updatedById: actor.accountId, updatedAt: now };
    await this.audit.record(em, actor, {
      action,
      entityType: 'ConsolidatedSuggestion',
      entityId: row.id,
      before: row,
      after: { ...after, ...note },
    });
    return after;
  }

  private conflict(current: ConsolidatedSuggestionEntity): ConflictError {
    return new ConflictError(
      'SUGGESTION_VERSION_CONFLICT',
      `该汇总条目已被他人修改（当前版本 ${current.version}），请在当前内容的基础上重新修改`,
      {
        current: {
          id: current.id,
          version: current.version,
          provisionAddress: current.provisionAddress,
          originalText: current.originalText,
          proposedChange: current.proposedChange,
          reason: current.reason,
          updatedAt: current.updatedAt.toISOString(),
        },
      },
    );
  }

  /** The opinions, annotations and groups named, checked to belong to this task and point. */
  private async resolveSources(
    em: EntityManager,
    context: ConsolidationContext,
    input: SuggestionSourcesInput,
  ): Promise<ResolvedSources> {
    const c = context.consolidation;
    const wanted = new Set(input.opinionIds ?? []);
    const groupIds = [...new Set(input.duplicateGroupIds ?? [])];
    if (groupIds.length) {
      const groups = await em.findBy(DuplicateGroupEntity, {
        id: In(groupIds),
        consolidationId: c.id,
        generation: c.groupGeneration,
      });
      const missing = groupIds.filter((id) => !groups.some((g) => g.id === id));
      if (missing.length) {
        throw BadInputError.field(
          'input.sources.duplicateGroupIds',
          `重复意见组不存在或不属于本汇总：${missing.join('、')}`,
          'SOURCE_NOT_FOUND',
        );
      }
      for (const id of (await this.groups.membersOf(groupIds, em)).flat()) wanted.add(id);
    }
    const opinionIds = [...wanted];
    const opinions = await pointOpinionsByIds(em, c, opinionIds);
    const found = new Set(opinions.map((o) => o.id));
    const missing = opinionIds.filter((id) => !found.has(id));
    if (missing.length) {
      throw BadInputError.field(
        'input.sources.opinionIds',
        `意见不存在或不属于本任务、本联系点：${missing.slice(0, 10).join('、')}`,
        'SOURCE_NOT_FOUND',
      );
    }
    const inactive = opinions.filter((o) => o.status !== OpinionStatus.ACTIVE);
    // A group may hold opinions withdrawn or marked since it was computed: those stay out, silently only for groups.
    const named = new Set(input.opinionIds ?? []);
    const namedInactive = inactive.filter((o) => named.has(o.id));
    if (namedInactive.length) {
      throw new ConflictError(
        'OPINION_NOT_ACTIVE',
        `已撤回或已标记不予报送的意见不能纳入汇总条目：${namedInactive.map((o) => o.id).join('、')}`,
      );
    }
    const annotationIds = [...new Set(input.annotationIds ?? [])];
    const annotations = await pointAnnotationsByIds(em, c, annotationIds);
    // A withdrawn annotation is no source: its author took it back before consolidation started.
    const missingAnnotations = annotationIds.filter(
      (id) =>
        !annotations.some((a) => a.id === id && a.parentId === null && a.status === AnnotationStatus.ACTIVE),
    );
    if (missingAnnotations.length) {
      throw BadInputError.field(
        'input.sources.annotationIds',
        `批注不存在、不属于本任务、是回复或已撤回：${missingAnnotations.join('、')}`,
        'SOURCE_NOT_FOUND',
      );
    }
    return { opinions: opinions.filter((o) => o.status === OpinionStatus.ACTIVE), annotations };
  }
}

function keysOf(sources: ResolvedSources): SourceKey[] {
  return [
    ...sources.opinions.map((o) => ({ sourceType: SourceType.OPINION, sourceId: o.id })),
    ...sources.annotations.map((a) => ({ sourceType: SourceType.ANNOTATION, sourceId: a.id })),
  ];
}

function dedupe(keys: SourceKey[]): SourceKey[] {
  const seen = new Map(keys.map((k) => [keyOf(k), k]));
  return [...seen.values()];
}

/** The one provision all sources are about, or null (general) when they differ. */
function commonAddress(sources: ResolvedSources): string | null {
  const addresses = new Set([
    ...sources.opinions.map((o) => o.provisionAddress),
    ...sources.annotations.map((a) => a.provisionAddress),
  ]);
  return addresses.size === 1 ? [...addresses][0] : null;
}

/** The same 原文, as a person would read it: surrounding whitespace aside, and nothing the same as no text. */
export function sameOriginalText(given: string | null | undefined, kept: string | null): boolean {
  return (given ?? '').trim() === (kept ?? '').trim();
}

function originalTextReadOnly(kept: string | null): BadInputError {
  return BadInputError.field(
    'input.originalText',
    kept ? '原文取自草案条文，不能修改；如条文选错了，请改选条文' : '总体意见不针对某一条文，没有原文',
    'ORIGINAL_TEXT_READ_ONLY',
  );
}
