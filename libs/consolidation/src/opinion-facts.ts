import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { chunk } from '@app/common';
import {
  activeSourceJoins,
  countPointOpinions,
  countUnheldAnnotations,
  countUnheldOpinions,
  joinActiveAnnotation,
  joinActiveOpinion,
  pointSourceRows,
  tallyPointAnnotations,
  tallyPointOpinions,
  unheldOpinionsPage,
  unheldReceipts,
  type HeldSources,
  type PointOpinionTally,
} from '@app/feedback';
import {
  ConsolidatedSuggestionEntity,
  SubmittedOriginEntity,
  SuggestionSourceEntity,
  type ConsolidationEntity,
} from './consolidation.entities.js';
import { SourceType } from './consolidation.enums.js';
import { submittedOriginStatements, movePublicOrigins, freezeExpertOrigins } from './submitted-origins.js';
import type { AddressScope } from './address-scope.js';

/**
 * Set-based questions about a point's opinions as the consolidation sees them. Consultations reach a million opinions,
 * so these are SQL aggregates and joins; the statements over the opinion and annotation tables are feedback's (its
 * point-opinions functions), given the consolidation's links as SQL over its own suggestion_source table.
 */
/** A tally row of the point's opinions, as feedback counts them. */
export type OpinionTally = PointOpinionTally;

export interface SuggestionCounts {
  opinions: number;
  people: number;
  units: number;
  channels: number;
  annotations: number;
}

/**
 * Who stands behind each suggestion, by unit, category and author role, from the links and the opinions' facts: the
 * same figures as a GROUP BY over a join, without a million key lookups into the opinion table.
 */
export function tallyProposers(
  links: ReadonlyArray<{ suggestionId: string; opinionId: string }>,
  opinionOf: (id: string) => OpinionFact | undefined,
): ProposerTally[] {
  const tallies = new Map<string, ProposerTally>();
  for (const link of links) {
    const o = opinionOf(link.opinionId);
    if (!o) continue;
    const key = [link.suggestionId, o.liaisonUnitId, o.contributorCategory, o.authorRole].join('\u0000');
    const tally = tallies.get(key) ?? {
      suggestionId: link.suggestionId,
      liaisonUnitId: o.liaisonUnitId,
      contributorCategory: o.contributorCategory,
      authorRole: o.authorRole,
      opinions: 0,
      people: 0,
    };
    tally.opinions += 1;
    tally.people += o.people;
    tallies.set(key, tally);
  }
  return [...tallies.values()];
}

export interface OpinionFact {
  liaisonUnitId: string | null;
  contributorCategory: string | null;
  authorRole: string;
  people: number;
}

export interface ProposerTally {
  suggestionId: string;
  liaisonUnitId: string | null;
  contributorCategory: string | null;
  authorRole: string;
  opinions: number;
  people: number;
}

const num = (value: unknown): number => Number(value ?? 0);

/**
 * A consolidation's links to sources of one type, as feedback's statements take them (correlated on the source id):
 * what counts a source as held, the same for the workbench's counts and for drafting (SuggestionService.draft).
 */
export function heldSources(c: ConsolidationEntity, sourceType: SourceType): HeldSources {
  return {
    exists: (id) =>
      `SELECT 1 FROM suggestion_source s WHERE s.consolidation_id = :cid AND s.source_type = :sourceType AND s.source_id = ${id}`,
    params: { cid: c.id, sourceType },
  };
}

@Injectable()
export class OpinionFacts {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The consolidation's links to opinions, as feedback's statements take them (correlated on the opinion's id). */
  private linked(c: ConsolidationEntity): HeldSources {
    return heldSources(c, SourceType.OPINION);
  }

  /** Active opinions with no suggestion (withdrawn ones and those marked 不予报送 are accounted for). */
  async unaccounted(em: EntityManager, c: ConsolidationEntity, limit: number) {
    const total = await this.countUnaccounted(c, undefined, em);
    if (total === 0) return { total, receipts: [] };
    const receipts = await unheldReceipts(em, c, this.linked(c), limit);
    return { total, receipts };
  }

  async unaccountedPage(
    c: ConsolidationEntity,
    window: { offset: number; limit: number },
    provisionAddresses?: AddressScope,
  ): Promise<[Awaited<ReturnType<typeof unheldOpinionsPage>>, number]> {
    const em = this.db.manager;
    // The workbench's "what is left under this article" (the article and the provisions below it), or of 总体意见.
    const total =
      provisionAddresses === undefined
        ? await this.countUnaccounted(c)
        : await this.countUnaccountedIn(c, provisionAddresses);
    // Nothing left (the usual state once drafted): no need to walk every opinion to find none.
    if (window.limit === 0 || total === 0) return [[], total];
    const rows = await unheldOpinionsPage(em, c, this.linked(c), provisionAddresses, window);
    return [rows, total];
  }

  /**
   * How many active opinions no suggestion holds, without visiting each opinion (an anti-join over a million took 3 s):
   * active opinions, less those linked. Both are kept by the database as rows are written (opinion_tally, and
   * consolidation_link_tally's distinct opinions linked; triggers, migration 1764600000000), less the few linked
   * opinions no longer active (withdrawn or 不予报送 after linking). Exact: a link only
   * ever names an opinion of the consolidation's task and point (resolveSources checks it). `active`: the count the
   * caller already has from the tally; `em`: the sign-off's transaction, which checks that nothing is left.
   */
  async countUnaccounted(
    c: ConsolidationEntity,
    active?: number,
    em: EntityManager = this.db.manager,
  ): Promise<number> {
    active ??= await countPointOpinions(em, c, { active: true });
    const linked = await this.linkedOpinions(c, em);
    const linkedInactive = await countPointOpinions(em, c, { active: false, held: this.linked(c) });
    return active - (linked - linkedInactive);
  }

  /**
   * How many of the point's expert annotations no suggestion holds: active and top-level (a reply is part of the
   * discussion under its annotation, not a source), exactly those 生成汇总初稿 makes a suggestion of each
   * (SuggestionService.draft). The experts' annotations of a task are few: a plain anti-join.
   */
  countUnaccountedAnnotations(c: ConsolidationEntity): Promise<number> {
    return countUnheldAnnotations(this.db.manager, c, heldSources(c, SourceType.ANNOTATION));
  }

  /**
   * countUnaccounted within some provisions. Until the first suggestion links an opinion (the kept link tally says
   * none is), every active opinion is unaccounted: the kept opinion tally answers, where counting them read each
   * provision's opinions and probed the links for each (117,000 for one article of a million: 0.5 s on MariaDB).
   */
  private async countUnaccountedIn(c: ConsolidationEntity, provisions: string[] | null): Promise<number> {
    const em = this.db.manager;
    if ((await this.linkedOpinions(c, em)) === 0)
      return countPointOpinions(em, c, { active: true, provisions });
    return countUnheldOpinions(em, c, this.linked(c), provisions);
  }

  /** How many distinct opinions the consolidation's suggestions link (consolidation_link_tally, kept by triggers). */
  private async linkedOpinions(c: ConsolidationEntity, em: EntityManager): Promise<number> {
    const linked = await em
      .createQueryBuilder()
      .select('t.linked_opinions', 'n')
      .from('consolidation_link_tally', 't')
      .where('t.consolidation_id = :cid', { cid: c.id })
      .getRawOne<{ n: unknown }>();
    return num(linked?.n);
  }

  /**
   * What a submission counts, frozen with it: opinions gathered (not withdrawn), summed from the origins just frozen
   * (freezeOrigins first), and suggestions submitted.
   */
  async submittedCounts(
    em: EntityManager,
    c: ConsolidationEntity,
  ): Promise<{ submittedOpinions: number; submittedSuggestions: number }> {
    const gathered = await em
      .createQueryBuilder(SubmittedOriginEntity, 'so')
      .select('SUM(so.opinions)', 'n')
      .where('so.consolidation_id = :cid AND so.suggestion_id IS NULL', { cid: c.id })
      .getRawOne<{ n: unknown }>();
    const submittedSuggestions = await em.countBy(ConsolidatedSuggestionEntity, { consolidationId: c.id });
    return { submittedOpinions: num(gathered?.n), submittedSuggestions };
  }

  /**
   * Freezes where the submitted table's suggestions came from (submitted_origin): its opinions' origins, the public's
   * own, and the expert team's for suggestions drafted from annotations; in the submission's transaction.
   */
  async freezeOrigins(em: EntityManager, c: ConsolidationEntity): Promise<void> {
    for (const { sql, params } of submittedOriginStatements(c, em.connection)) await em.query(sql, params);
    await movePublicOrigins(em, c);
    await freezeExpertOrigins(em, c);
  }

  /** Opinions counted by status, channel, unit and provision: one GROUP BY, aggregated further by the caller. */
  async tally(c: ConsolidationEntity): Promise<OpinionTally[]> {
    return tallyPointOpinions(this.db.manager, c);
  }

  /** Top-level annotations (not replies, not withdrawn) of the point's experts, counted per provision. */
  async annotationTally(c: ConsolidationEntity): Promise<Map<string | null, number>> {
    return tallyPointAnnotations(this.db.manager, c);
  }

  /** Per suggestion: distinct opinions, people they stand for, units, channels, annotations. */
  async suggestionCounts(suggestionIds: readonly string[]): Promise<SuggestionCounts[]> {
    const byId = new Map<string, SuggestionCounts>();
    for (const ids of chunk(suggestionIds)) {
      const links = this.db.createQueryBuilder(SuggestionSourceEntity, 's');
      // Only opinions still active count: one withdrawn or marked 不予报送 after it was linked stands for no one.
      joinActiveOpinion(
        links,
        'o.id = s.source_id AND s.source_type = :opinion',
        { opinion: SourceType.OPINION },
        'left',
      );
      // Likewise only annotations still active: one withdrawn by its expert stands for nothing.
      joinActiveAnnotation(
        links,
        'a.id = s.source_id AND s.source_type = :annotation',
        { annotation: SourceType.ANNOTATION },
        'left',
      );
      const rows = await links
        .select('s.suggestion_id', 'id')
        .addSelect('COUNT(o.id)', 'opinions')
        .addSelect('SUM(COALESCE(o.people_represented, 0))', 'people')
        .addSelect('COUNT(DISTINCT o.liaison_unit_id)', 'units')
        .addSelect('COUNT(DISTINCT o.channel)', 'channels')
        .addSelect('COUNT(a.id)', 'annotations')
        .where('s.suggestion_id IN (:...ids)', { ids })
        .groupBy('s.suggestion_id')
        .getRawMany<Record<string, unknown>>();
      for (const r of rows) {
        byId.set(r.id as string, {
          opinions: num(r.opinions),
          people: num(r.people),
          units: num(r.units),
          channels: num(r.channels),
          annotations: num(r.annotations),
        });
      }
    }
    const empty: SuggestionCounts = { opinions: 0, people: 0, units: 0, channels: 0, annotations: 0 };
    return suggestionIds.map((id) => byId.get(id) ?? empty);
  }

  /**
   * Who stands behind these suggestions (a page of them): the same tallies the export folds from every link
   * (tallyProposers), as one GROUP BY over the page's links and their active opinions, and active annotations apiece.
   */
  async proposerTallies(
    suggestionIds: readonly string[],
  ): Promise<{ tallies: ProposerTally[]; annotations: Map<string, number> }> {
    const tallies: ProposerTally[] = [];
    const annotations = new Map<string, number>();
    for (const ids of chunk(suggestionIds)) {
      const rows = await joinActiveOpinion(
        this.db.createQueryBuilder(SuggestionSourceEntity, 's'),
        'o.id = s.source_id',
        {},
        'inner',
      )
        .select('s.suggestion_id', 'suggestionId')
        .addSelect('o.liaison_unit_id', 'liaisonUnitId')
        .addSelect('o.contributor_category', 'contributorCategory')
        .addSelect('o.author_role', 'authorRole')
        .addSelect('COUNT(*)', 'opinions')
        .addSelect('SUM(o.people_represented)', 'people')
        .where('s.suggestion_id IN (:...ids) AND s.source_type = :opinion', {
          ids,
          opinion: SourceType.OPINION,
        })
        .groupBy('s.suggestion_id')
        .addGroupBy('o.liaison_unit_id')
        .addGroupBy('o.contributor_category')
        .addGroupBy('o.author_role')
        .getRawMany<Record<string, unknown>>();
      for (const r of rows) {
        tallies.push({
          suggestionId: r.suggestionId as string,
          liaisonUnitId: (r.liaisonUnitId as string | null) ?? null,
          contributorCategory: (r.contributorCategory as string | null) ?? null,
          authorRole: r.authorRole as string,
          opinions: num(r.opinions),
          people: num(r.people),
        });
      }
      const counted = await joinActiveAnnotation(
        this.db.createQueryBuilder(SuggestionSourceEntity, 's'),
        'a.id = s.source_id',
        {},
        'inner',
      )
        .select('s.suggestion_id', 'suggestionId')
        .addSelect('COUNT(*)', 'n')
        .where('s.suggestion_id IN (:...ids) AND s.source_type = :annotation', {
          ids,
          annotation: SourceType.ANNOTATION,
        })
        .groupBy('s.suggestion_id')
        .getRawMany<{ suggestionId: string; n: unknown }>();
      for (const r of counted) annotations.set(r.suggestionId, num(r.n));
    }
    return { tallies, annotations };
  }

  /** Every opinion → suggestion link of a consolidation (the export folds them in memory; see tallyProposers). */
  async opinionLinks(consolidationId: string): Promise<Array<{ suggestionId: string; opinionId: string }>> {
    return this.db
      .createQueryBuilder(SuggestionSourceEntity, 's')
      .select('s.suggestion_id', 'suggestionId')
      .addSelect('s.source_id', 'opinionId')
      .where('s.consolidation_id = :cid AND s.source_type = :opinion', {
        cid: consolidationId,
        opinion: SourceType.OPINION,
      })
      .getRawMany<{ suggestionId: string; opinionId: string }>();
  }

  /**
   * Distinct active opinions behind the suggestions of these consolidations, per provision and point, with the people
   * they stand for (an opinion split into two suggestions on one provision counts once, its people once).
   */
  async opinionsPerProvisionAndPoint(
    consolidationIds: string[],
  ): Promise<Array<{ address: string | null; pointId: string; opinions: number; people: number }>> {
    const result: Array<{ address: string | null; pointId: string; opinions: number; people: number }> = [];
    for (const ids of chunk(consolidationIds)) {
      const distinct = joinActiveOpinion(
        this.db
          .createQueryBuilder(ConsolidatedSuggestionEntity, 'cs')
          .innerJoin(SuggestionSourceEntity, 's', 's.suggestion_id = cs.id AND s.source_type = :opinion'),
        'o.id = s.source_id',
        {},
        'inner',
      )
        .select('cs.provision_address', 'address')
        .addSelect('cs.contact_point_id', 'pointId')
        .addSelect('o.id', 'opinionId')
        .addSelect('o.people_represented', 'people')
        .distinct(true)
        .where('cs.consolidation_id IN (:...ids)');
      const rows = await this.db
        .createQueryBuilder()
        .select('d.address', 'address')
        .addSelect('d.pointId', 'pointId')
        .addSelect('COUNT(*)', 'opinions')
        .addSelect('SUM(d.people)', 'people')
        .from(`(${distinct.getQuery()})`, 'd')
        .setParameters({ ...distinct.getParameters(), ids, opinion: SourceType.OPINION })
        .groupBy('d.address')
        .addGroupBy('d.pointId')
        .getRawMany<Record<string, unknown>>();
      for (const r of rows) {
        result.push({
          address: (r.address as string | null) ?? null,
          pointId: r.pointId as string,
          opinions: num(r.opinions),
          people: num(r.people),
        });
      }
    }
    return result;
  }

  /** Suggestions of a consolidation left with no active opinion and no active annotation behind them. */
  async emptySuggestions(
    em: EntityManager,
    consolidationId: string,
  ): Promise<ConsolidatedSuggestionEntity[]> {
    const sources = activeSourceJoins('opinion', 'annotation');
    return em
      .createQueryBuilder(ConsolidatedSuggestionEntity, 'cs')
      .where('cs.consolidation_id = :cid', { cid: consolidationId })
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM suggestion_source s ${sources.sql}
          WHERE s.suggestion_id = cs.id AND (a.status = :activeAnnotation OR o.status = :active))`,
        { ...sources.params, opinion: SourceType.OPINION, annotation: SourceType.ANNOTATION },
      )
      .orderBy('cs.sort_key', 'ASC')
      .limit(50)
      .getMany();
  }

  /** Active annotations behind each suggestion (the expert team's), counted. */
  async annotationSources(consolidationId: string): Promise<Map<string, number>> {
    const rows = await joinActiveAnnotation(
      this.db.createQueryBuilder(SuggestionSourceEntity, 's'),
      'a.id = s.source_id',
      {},
      'inner',
    )
      .select('s.suggestion_id', 'suggestionId')
      .addSelect('COUNT(*)', 'n')
      .where('s.consolidation_id = :cid AND s.source_type = :annotation', {
        cid: consolidationId,
        annotation: SourceType.ANNOTATION,
      })
      .groupBy('s.suggestion_id')
      .getRawMany<{ suggestionId: string; n: unknown }>();
    return new Map(rows.map((r) => [r.suggestionId, num(r.n)]));
  }

  /**
   * Every opinion of the point except withdrawn ones: the source list of the exported table and who stands behind each
   * suggestion (no personal data is selected). One pass over the point's opinions.
   */
  async sourceRows(c: ConsolidationEntity): Promise<Array<Record<string, unknown>>> {
    return pointSourceRows(this.db.manager, c);
  }

  /** Gives the suggestions their 序号 in the draft's order (general opinions last). */
  async numberSuggestions(em: EntityManager, consolidationId: string): Promise<void> {
    const rows = await em.find(ConsolidatedSuggestionEntity, {
      select: { id: true },
      where: { consolidationId },
      order: { sortKey: 'ASC', createdAt: 'ASC', id: 'ASC' },
    });
    const numbered = rows.map((row, i) => ({ id: row.id, number: i + 1 }));
    for (const part of chunk(numbered, 200)) {
      const cases = part.map(() => 'WHEN ? THEN ?').join(' ');
      const params = part.flatMap((p) => [p.id, p.number]);
      await em.query(
        `UPDATE consolidated_suggestion SET number = CASE id ${cases} END WHERE id IN (${part.map(() => '?').join(', ')})`,
        [...params, ...part.map((p) => p.id)],
      );
    }
  }
}
