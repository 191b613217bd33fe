import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, In, type DataSource } from 'typeorm';
import type { ConsultationTaskModel } from '@app/consultation';
import { BadInputError, toConnection, type Connection, type PageWindow } from '@app/common';
import { DraftsService } from '@app/drafts';
import {
  CHANNEL_LABELS,
  OpinionStatus,
  PUBLIC_ORIGIN_KEY,
  PUBLIC_ORIGIN_LABEL,
  type OpinionChannel,
} from '@app/feedback';
import { OrganizationService } from '@app/organization';
import { CONSOLIDATION_LIMITS } from './consolidation.enums.js';
import { ConsolidatedSuggestionEntity, type ConsolidationEntity } from './consolidation.entities.js';
import type {
  ConsolidationCountsModel,
  CountByLabel,
  PointFeedbackTallyModel,
  ProvisionFeedbackModel,
  ProvisionTallyModel,
} from './consolidation.models.js';
import { OpinionFacts, type OpinionTally } from './opinion-facts.js';
import { ProvisionOrder } from './provision-order.js';

/** Adds up tallies by a key, keeping opinions and people. */
export function countBy(
  tallies: readonly OpinionTally[],
  keyOf: (t: OpinionTally) => string,
  labelOf: (key: string) => string,
): CountByLabel[] {
  const byKey = new Map<string, CountByLabel>();
  for (const t of tallies) {
    const key = keyOf(t);
    const line = byKey.get(key) ?? { key, label: labelOf(key), opinions: 0, people: 0 };
    line.opinions += t.opinions;
    line.people += t.people;
    byKey.set(key, line);
  }
  return [...byKey.values()].sort(
    (a, b) => b.opinions - a.opinions || a.label.localeCompare(b.label, 'zh-CN'),
  );
}

/** A consolidation's suggestions and duplicate groups per provision address (null: 总体意见). */
export interface ItemsPerProvision {
  groups: Map<string | null, number>;
  suggestions: Map<string | null, number>;
}

/** The unit key of opinions given outside any liaison unit (by the executing body or an expert), and its label. */
export const NO_UNIT = '';
export const NO_UNIT_LABEL = '执行机构和专家团队';

/**
 * Who gathered a tally's opinions, as the breakdowns by unit key them: the unit, PUBLIC_ORIGIN_KEY for the public's
 * (网上征集 through the public link: gathered by no one, not the executing body's own work), NO_UNIT otherwise.
 */
export const unitKeyOf = (t: Pick<OpinionTally, 'liaisonUnitId' | 'fromPublic'>): string =>
  t.liaisonUnitId ?? (t.fromPublic ? PUBLIC_ORIGIN_KEY : NO_UNIT);

/** The label of a unit key, given the names of the units. */
export const unitKeyLabel = (key: string, unitName: (id: string) => string | undefined): string =>
  key === NO_UNIT ? NO_UNIT_LABEL : key === PUBLIC_ORIGIN_KEY ? PUBLIC_ORIGIN_LABEL : (unitName(key) ?? key);

/** A provision line's identity: its table and its address ('' for 总体意见), one cache entry per line on the client. */
export const provisionTallyId = (consolidationId: string, address: string | null) =>
  `${consolidationId}:${address ?? ''}`;

/**
 * The consolidation workbench's counts: per point, per provision (in the draft's order), per unit and channel. Each
 * list is a fixed number of GROUP BY statements whatever its length or page size.
 */
@Injectable()
export class WorkbenchService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly facts: OpinionFacts,
    private readonly drafts: DraftsService,
    private readonly organization: OrganizationService,
  ) {}

  async unitLabels(tallies: readonly OpinionTally[]): Promise<(key: string) => string> {
    const ids = [...new Set(tallies.flatMap((t) => (t.liaisonUnitId ? [t.liaisonUnitId] : [])))];
    const units = await this.organization.unitsByIds(ids);
    const names = new Map(units.flatMap((u) => (u ? [[u.id, u.name] as const] : [])));
    return (key) => unitKeyLabel(key, (id) => names.get(id));
  }

  /**
   * `tallies`: the consolidation's opinion tally when the caller already has it (one GROUP BY per request); `items`:
   * its suggestions and groups per provision likewise (their sums are the totals: no second pass over the index).
   */
  async counts(
    c: ConsolidationEntity,
    tallies?: OpinionTally[],
    items?: ItemsPerProvision,
  ): Promise<ConsolidationCountsModel> {
    tallies ??= await this.facts.tally(c);
    items ??= await this.itemsPerProvision(c);
    const total = (perProvision: Map<string | null, number>) =>
      [...perProvision.values()].reduce((n, k) => n + k, 0);
    const active = tallies.filter((t) => t.status === OpinionStatus.ACTIVE);
    const sum = (rows: OpinionTally[], f: (t: OpinionTally) => number) => rows.reduce((n, t) => n + f(t), 0);
    const ofStatus = (status: OpinionStatus) =>
      sum(
        tallies.filter((t) => t.status === status),
        (t) => t.opinions,
      );
    const unitLabel = await this.unitLabels(active);
    return {
      opinions: sum(tallies, (t) => t.opinions),
      active: ofStatus(OpinionStatus.ACTIVE),
      withdrawn: ofStatus(OpinionStatus.WITHDRAWN),
      outOfScope: ofStatus(OpinionStatus.OUT_OF_SCOPE),
      people: sum(active, (t) => t.people),
      unaccounted: await this.facts.countUnaccounted(c, ofStatus(OpinionStatus.ACTIVE)),
      unaccountedAnnotations: await this.facts.countUnaccountedAnnotations(c),
      suggestions: total(items.suggestions),
      duplicateGroups: total(items.groups),
      byChannel: countBy(
        active,
        (t) => t.channel,
        (k) => CHANNEL_LABELS[k as OpinionChannel] ?? k,
      ),
      byUnit: countBy(active, unitKeyOf, unitLabel),
    };
  }

  /**
   * The consolidation's suggestions and duplicate groups counted per provision, as the database keeps them
   * (consolidation_item_tally, kept by triggers in each write's transaction; migration 1764600000000): a drafted table
   * holds hundreds of thousands of suggestions, which a GROUP BY read entry by entry on every first screen. A request
   * for the first screen reads them once for its counters and its provision lines both.
   */
  async itemsPerProvision(c: ConsolidationEntity): Promise<ItemsPerProvision> {
    const rows = await this.db
      .createQueryBuilder()
      .select('t.provision_address', 'address')
      .addSelect('t.suggestions', 'suggestions')
      .addSelect('t.duplicate_groups', 'groups')
      .from('consolidation_item_tally', 't')
      .where('t.consolidation_id = :id', { id: c.id })
      .getRawMany<{ address: string; suggestions: unknown; groups: unknown }>();
    // '' stands for 总体意见 (no provision): the tally's key holds no NULL.
    const perProvision = (n: (r: (typeof rows)[number]) => number) =>
      new Map(rows.filter((r) => n(r) > 0).map((r) => [r.address || null, n(r)]));
    return {
      groups: perProvision((r) => Number(r.groups)),
      suggestions: perProvision((r) => Number(r.suggestions)),
    };
  }

  /**
   * A page of the provision lines (provisionLines); `addresses`: only those lines (the ones a client shows, their
   * counts asked again), still in the draft's order.
   */
  provisions(
    lines: ProvisionTallyModel[],
    window: PageWindow,
    addresses?: readonly string[],
  ): Connection<ProvisionTallyModel> {
    if (addresses) {
      const wanted = new Set(addresses);
      lines = lines.filter((t) => t.provisionAddress !== null && wanted.has(t.provisionAddress));
    }
    return toConnection(lines.slice(window.offset, window.offset + window.limit), lines.length, window);
  }

  /** The general opinions' (总体意见) line on its own, with zeros when there are none: the workbench pins it. */
  general(c: Pick<ConsolidationEntity, 'id'>, lines: ProvisionTallyModel[]): ProvisionTallyModel {
    return (
      lines.find((t) => t.provisionAddress === null) ?? {
        id: provisionTallyId(c.id, null),
        provisionAddress: null,
        citation: '总体意见',
        text: null,
        opinions: 0,
        people: 0,
        annotations: 0,
        duplicateGroups: 0,
        suggestions: 0,
        byChannel: [],
        byUnit: [],
      }
    );
  }

  /**
   * Every provision with opinions, annotations, groups or suggestions, in the draft's order; general ones last. Built
   * once per request (the resolver's loader): the first screen asks for the page and the general line together, and
   * each build groups the consolidation's suggestions and groups by provision.
   */
  async provisionLines(
    c: ConsolidationEntity,
    draftVersionId: string,
    allTallies?: OpinionTally[],
    items?: ItemsPerProvision,
  ): Promise<ProvisionTallyModel[]> {
    const order = new ProvisionOrder(await this.drafts.versionIndex(draftVersionId));
    const tallies = (allTallies ?? (await this.facts.tally(c))).filter(
      (t) => t.status === OpinionStatus.ACTIVE,
    );
    const annotations = await this.facts.annotationTally(c);
    const { groups, suggestions } = items ?? (await this.itemsPerProvision(c));
    const unitLabel = await this.unitLabels(tallies);
    const addresses = new Set<string | null>([
      ...tallies.map((t) => t.provisionAddress),
      ...annotations.keys(),
      ...groups.keys(),
      ...suggestions.keys(),
    ]);
    const byAddress = new Map<string | null, OpinionTally[]>();
    for (const t of tallies) {
      const list = byAddress.get(t.provisionAddress);
      if (list) list.push(t);
      else byAddress.set(t.provisionAddress, [t]);
    }
    return [...addresses]
      .sort((a, b) => order.sortKey(a) - order.sortKey(b) || (a ?? '').localeCompare(b ?? ''))
      .map((address): ProvisionTallyModel => {
        const own = byAddress.get(address) ?? [];
        return {
          id: provisionTallyId(c.id, address),
          provisionAddress: address,
          citation: order.citation(address),
          text: order.text(address),
          opinions: own.reduce((n, t) => n + t.opinions, 0),
          people: own.reduce((n, t) => n + t.people, 0),
          annotations: annotations.get(address) ?? 0,
          duplicateGroups: groups.get(address) ?? 0,
          suggestions: suggestions.get(address) ?? 0,
          byChannel: countBy(
            own,
            (t) => t.channel,
            (k) => CHANNEL_LABELS[k as OpinionChannel] ?? k,
          ),
          byUnit: countBy(own, unitKeyOf, unitLabel),
        };
      });
  }

  /**
   * The legislature's view of a task: per provision (in the draft's order), what each point that submitted said —
   * counts per point and the suggestions themselves. Four statements whatever the page size.
   */
  async acrossPoints(
    task: Pick<ConsultationTaskModel, 'draftVersionId'>,
    submitted: ConsolidationEntity[],
    window: PageWindow,
    itemsPerProvision: number = CONSOLIDATION_LIMITS.feedbackItemsPerProvision.default,
  ): Promise<Connection<ProvisionFeedbackModel>> {
    const { max } = CONSOLIDATION_LIMITS.feedbackItemsPerProvision;
    if (!Number.isInteger(itemsPerProvision) || itemsPerProvision < 0 || itemsPerProvision > max) {
      throw BadInputError.field(
        'itemsPerProvision',
        `每一条文附带的汇总条目数须在 0 到 ${max} 之间；更多的条目请按条文分页查看`,
        'ITEMS_PER_PROVISION_OUT_OF_RANGE',
      );
    }
    if (!submitted.length) return toConnection([], 0, window);
    const ids = submitted.map((c) => c.id);
    const order = new ProvisionOrder(await this.drafts.versionIndex(task.draftVersionId));
    const suggestionRows = await this.db
      .createQueryBuilder(ConsolidatedSuggestionEntity, 's')
      .select('s.provision_address', 'address')
      .addSelect('s.contact_point_id', 'pointId')
      .addSelect('COUNT(*)', 'n')
      .where('s.consolidation_id IN (:...ids)', { ids })
      .groupBy('s.provision_address')
      .addGroupBy('s.contact_point_id')
      .getRawMany<{ address: string | null; pointId: string; n: unknown }>();
    const opinionRows = await this.facts.opinionsPerProvisionAndPoint(ids);
    const points = new Map(
      (await this.organization.pointsByIds(submitted.map((c) => c.contactPointId))).flatMap((p) =>
        p ? [[p.id, p.name] as const] : [],
      ),
    );
    const byAddress = new Map<string | null, Map<string, PointFeedbackTallyModel>>();
    const tallyOf = (address: string | null, pointId: string) => {
      const perPoint = byAddress.get(address) ?? new Map<string, PointFeedbackTallyModel>();
      byAddress.set(address, perPoint);
      const tally = perPoint.get(pointId) ?? {
        contactPointId: pointId,
        contactPointName: points.get(pointId) ?? '',
        suggestions: 0,
        opinions: 0,
        people: 0,
      };
      perPoint.set(pointId, tally);
      return tally;
    };
    for (const r of suggestionRows) tallyOf(r.address ?? null, r.pointId).suggestions += Number(r.n);
    for (const r of opinionRows) {
      const tally = tallyOf(r.address, r.pointId);
      tally.opinions += r.opinions;
      tally.people += r.people;
    }
    const addresses = [...byAddress.keys()].sort(
      (a, b) => order.sortKey(a) - order.sortKey(b) || (a ?? '').localeCompare(b ?? ''),
    );
    const pageAddresses = addresses.slice(window.offset, window.offset + window.limit);
    // At most itemsPerProvision suggestions under each provision of the page: ranked per address in SQL (a window
    // function, on SQLite and MariaDB alike), so a provision with thousands of suggestions reads only its first few.
    const items: ConsolidatedSuggestionEntity[] = [];
    if (pageAddresses.length && itemsPerProvision > 0) {
      const ranked = this.db
        .createQueryBuilder(ConsolidatedSuggestionEntity, 's')
        .select('s.id', 'id')
        .addSelect(
          'ROW_NUMBER() OVER (PARTITION BY s.provision_address ORDER BY s.sort_key, s.contact_point_id, s.number, s.id)',
          'ordinal',
        )
        .where('s.consolidation_id IN (:...ids)', { ids })
        .andWhere(
          new Brackets((qb) => {
            const named = pageAddresses.filter((a): a is string => a !== null);
            if (named.length) qb.orWhere('s.provision_address IN (:...named)', { named });
            if (named.length < pageAddresses.length) qb.orWhere('s.provision_address IS NULL');
          }),
        );
      const [sql, params] = ranked.getQueryAndParameters();
      const chosen = (
        await this.db.query<Array<{ id: string }>>(`SELECT r.id AS id FROM (${sql}) r WHERE r.ordinal <= ?`, [
          ...(params as unknown[]),
          itemsPerProvision,
        ])
      ).map((r) => r.id);
      for (let i = 0; i < chosen.length; i += 500) {
        items.push(
          ...(await this.db
            .getRepository(ConsolidatedSuggestionEntity)
            .findBy({ id: In(chosen.slice(i, i + 500)) })),
        );
      }
      items.sort(
        (a, b) =>
          a.sortKey - b.sortKey ||
          a.contactPointId.localeCompare(b.contactPointId) ||
          (a.number ?? 0) - (b.number ?? 0) ||
          a.id.localeCompare(b.id),
      );
    }
    const nodes = pageAddresses.map((address): ProvisionFeedbackModel => {
      const perPoint = [...(byAddress.get(address)?.values() ?? [])].sort(
        (a, b) => b.opinions - a.opinions || a.contactPointName.localeCompare(b.contactPointName, 'zh-CN'),
      );
      return {
        provisionAddress: address,
        citation: order.citation(address),
        suggestions: perPoint.reduce((n, p) => n + p.suggestions, 0),
        opinions: perPoint.reduce((n, p) => n + p.opinions, 0),
        people: perPoint.reduce((n, p) => n + p.people, 0),
        points: perPoint,
        items: items
          .filter((s) => s.provisionAddress === address)
          .map((s) => ({ ...s, citation: s.provisionCitation ?? '总体意见' })),
        moreItems: perPoint.reduce((n, p) => n + p.suggestions, 0) > itemsPerProvision,
      };
    });
    return toConnection(nodes, addresses.length, window);
  }
}
