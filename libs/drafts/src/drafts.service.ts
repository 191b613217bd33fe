import { createHash } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { In, type DataSource, type EntityManager, type FindOptionsWhere } from 'typeorm';
import {
  BadInputError,
  Clock,
  ConflictError,
  PromiseCache,
  ForbiddenError,
  NotFoundError,
  chunk,
  newId,
  pageWindow,
  toConnection,
  type Connection,
} from '@app/common';
import { AuditService } from '@app/audit';
import { findPage, inTransaction, loadByIds, loadChildPages, loadChildren, narrowScope } from '@app/database';
import { isSystemAdmin, Role, type Actor } from '@app/identity';
import { JobService } from '@app/jobs';
import { actsForLegislature, OrganizationService } from '@app/organization';
import { DraftEntity, DraftVersionEntity, ProvisionEntity } from './draft.entities.js';
import { DRAFT_STAGE_LABELS, type DraftStage, type ProvisionKindEnum } from './drafts.enums.js';
import {
  PREVIEW_LIMITS,
  type AddDraftVersionInput,
  type CreateDraftInput,
  type DraftPreviewModel,
  type DraftPreviewProvisionModel,
  type DraftSourceInput,
  type DraftsArgs,
  type ProvisionsArgs,
  type UpdateDraftVersionInput,
} from './drafts.models.js';
import { compareVersions, type VersionComparison } from './compare/index.js';
import { readDraftUpload, renderRegulation } from './parser/index.js';
import type { ParsedRegulation, ProvisionNode } from './provision.js';
import { VERSION_FOLLOW_UP_JOB, type VersionFollowUpPayload } from './version-follow-up.types.js';

/** Comparisons kept in memory: a version's text never changes, so a comparison never goes stale. */
const COMPARISON_CACHE_SIZE = 16;

/** Rows per INSERT when storing a provision tree (a Civil-Code-sized draft has some 5,000 nodes). */
const INSERT_BATCH = 200;

/** Flattens a tree into rows in document order, each knowing its parent. */
export function flattenProvisions(versionId: string, nodes: ProvisionNode[]): ProvisionEntity[] {
  const rows: ProvisionEntity[] = [];
  const walk = (list: ProvisionNode[], parentId: string | null, depth: number) => {
    for (const node of list) {
      const row: ProvisionEntity = {
        id: newId(),
        versionId,
        parentId,
        position: rows.length,
        depth,
        kind: node.kind,
        label: node.label,
        number: node.number,
        insertion: node.insertion,
        heading: node.heading,
        text: node.text,
        address: node.address,
        citation: node.citation,
      };
      rows.push(row);
      walk(node.children, row.id, depth + 1);
    }
  };
  walk(nodes, null, 0);
  return rows;
}

/** Rebuilds the tree from rows in document order. */
export function buildProvisionTree(rows: ProvisionEntity[]): ProvisionNode[] {
  const byId = new Map<string, ProvisionNode>();
  const roots: ProvisionNode[] = [];
  for (const row of [...rows].sort((a, b) => a.position - b.position)) {
    const node: ProvisionNode = {
      kind: row.kind,
      label: row.label,
      number: row.number,
      insertion: row.insertion,
      heading: row.heading,
      text: row.text,
      address: row.address,
      citation: row.citation,
      children: [],
    };
    byId.set(row.id, node);
    const parent = row.parentId ? byId.get(row.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

const countArticles = (nodes: ProvisionNode[]): number =>
  nodes.reduce((n, node) => n + (node.kind === 'article' ? 1 : countArticles(node.children)), 0);

/** Provisions of one version by address, with their parents, as a reader needs them. */
export class VersionIndex {
  private readonly byAddress = new Map<string, ProvisionNode>();
  private readonly parentOf = new Map<string, string | null>();
  private readonly texts = new Map<string, string>();

  constructor(readonly tree: ProvisionNode[]) {
    const walk = (nodes: ProvisionNode[], parent: string | null) => {
      for (const node of nodes) {
        this.byAddress.set(node.address, node);
        this.parentOf.set(node.address, parent);
        walk(node.children, node.address);
      }
    };
    walk(tree, null);
  }

  has(address: string): boolean {
    return this.byAddress.has(address);
  }

  get(address: string): ProvisionNode | undefined {
    return this.byAddress.get(address);
  }

  /** The address itself and every enclosing provision's, innermost first. */
  lineage(address: string): string[] {
    const chain: string[] = [];
    for (let a: string | null | undefined = address; a; a = this.parentOf.get(a)) chain.push(a);
    return chain;
  }

  /** Every address of the version, in document order. */
  addresses(): string[] {
    return [...this.byAddress.keys()];
  }

  /** The text a passage is selected in: the provision's own words, or, for an article (whose words are in its
   *  paragraphs), its full text. Annotations anchor to this, so offsets mean the same thing in every version. */
  anchorText(address: string): string | null {
    const node = this.byAddress.get(address);
    if (!node) return null;
    return node.text !== '' ? node.text : this.fullText(address);
  }

  /** The address itself and every provision below it, in document order. */
  descendants(address: string): string[] {
    const out: string[] = [];
    const walk = (node: ProvisionNode) => {
      out.push(node.address);
      node.children.forEach(walk);
    };
    const node = this.byAddress.get(address);
    if (node) walk(node);
    return out;
  }

  fullText(address: string): string | null {
    const cached = this.texts.get(address);
    if (cached !== undefined) return cached;
    const node = this.byAddress.get(address);
    if (!node) return null;
    const text = renderRegulation({ title: '', preamble: null, provisions: [node], warnings: [] }).trimEnd();
    this.texts.set(address, text);
    return text;
  }
}

/** Version indexes kept in memory. */
const VERSION_INDEX_CACHE_SIZE = 8;

/**
 * Told of a new version once it is committed, in the version's follow-up job (VersionFollowUpJob; the adoption domain
 * compares it with the suggestions submitted on the draft's earlier versions). Drafts know nothing of who listens; a
 * listener's failure never undoes the upload. `progress` takes 0–100 of the listener's own share; the listener returns
 * a sentence for the job's summary. It must be safe to run again (a retried job repeats it): replace, never add.
 */
export type VersionAddedListener = (
  actor: Actor,
  version: DraftVersionEntity,
  progress: (percent: number, step?: string) => Promise<void>,
) => Promise<string | void>;

@Injectable()
export class DraftsService {
  private readonly comparisons = new PromiseCache<VersionComparison>(COMPARISON_CACHE_SIZE);
  private readonly indexes = new PromiseCache<VersionIndex>(VERSION_INDEX_CACHE_SIZE);
  private readonly versionListeners: VersionAddedListener[] = [];
  private readonly logger = new Logger(DraftsService.name);

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly audit: AuditService,
    private readonly organization: OrganizationService,
    private readonly clock: Clock,
    private readonly jobs: JobService,
  ) {}

  async createDraft(actor: Actor, input: CreateDraftInput, outer?: EntityManager): Promise<DraftEntity> {
    return inTransaction(this.db, outer, async (em) => {
      // Another legislature answers as a missing one; the check on the caller's own stays a refusal.
      await this.organization.mustFindVisible(actor, 'legislature', input.legislatureId, em);
      if (!actsForLegislature(actor, input.legislatureId))
        throw new ForbiddenError('只有本立法机关的工作人员可以登记草案');
      const now = this.clock.now();
      const draft: DraftEntity = {
        id: newId(),
        legislatureId: input.legislatureId,
        title: input.title,
        subject: input.subject ?? null,
        createdAt: now,
        updatedAt: now,
      };
      await em.insert(DraftEntity, draft);
      await this.audit.record(em, actor, {
        action: 'draft.create',
        entityType: 'Draft',
        entityId: draft.id,
        after: draft,
      });
      return draft;
    });
  }

  onVersionAdded(listener: VersionAddedListener): void {
    this.versionListeners.push(listener);
  }

  /**
   * Adds a version (稿次) and supersedes the previous one: reads the file (or text), parses it, and stores the new
   * version with its whole tree, or nothing at all. When this call owns its transaction, the version's follow-up job
   * (the listeners' work) is started after it commits and the call returns at once (the version's `followUpJob`
   * follows it); a caller passing its own transaction (the demo's seeding) records history, and starts nothing.
   */
  async addVersion(
    actor: Actor,
    input: AddDraftVersionInput,
    outer?: EntityManager,
  ): Promise<DraftVersionEntity> {
    // Who may add to the draft is known before its file is read: an outsider takes no turn of the upload pool.
    await this.mustFindVisibleDraft(actor, input.draftId, outer);
    const { bytes, parsed, encoding, articleCount } = await this.readSource(input, actor);
    const added = await inTransaction(this.db, outer, async (em) => {
      const draft = await this.mustFindVisibleDraft(actor, input.draftId, em);
      const previous = await em.findOne(DraftVersionEntity, {
        where: { draftId: draft.id },
        order: { sequence: 'DESC' },
      });
      const version = this.versionRow(
        draft.id,
        (previous?.sequence ?? 0) + 1,
        input,
        parsed,
        articleCount,
        bytes,
        encoding,
      );
      await em.insert(DraftVersionEntity, version);
      for (const rows of chunk(flattenProvisions(version.id, parsed.provisions), INSERT_BATCH))
        await em.insert(ProvisionEntity, rows);
      if (previous && !previous.supersededById)
        await em.update(DraftVersionEntity, { id: previous.id }, { supersededById: version.id });
      await em.update(DraftEntity, { id: draft.id }, { updatedAt: this.clock.now() });
      const { preamble: _preamble, ...summary } = version;
      await this.audit.record(em, actor, {
        action: 'draftVersion.create',
        entityType: 'DraftVersion',
        entityId: version.id,
        after: summary,
      });
      return version;
    });
    if (!outer) await this.startFollowUp(actor, added);
    return added;
  }

  /**
   * Reads and parses a file or pasted text exactly as addVersion does (same worker, limits and refusals) and stores
   * nothing: the staff see the provision tree and its warnings before they save.
   */
  async previewVersion(actor: Actor, input: DraftSourceInput): Promise<DraftPreviewModel> {
    if (!isSystemAdmin(actor) && !actor.grants.some((g) => g.role === Role.LEGISLATURE_STAFF))
      throw new ForbiddenError('只有立法机关的工作人员可以预览草案');
    const { parsed, encoding, articleCount } = await this.readSource(input, actor);
    const outline: DraftPreviewProvisionModel[] = [];
    let provisionCount = 0;
    let truncated = false;
    const walk = (nodes: ProvisionNode[], depth: number) => {
      for (const node of nodes) {
        provisionCount++;
        if (node.kind === 'paragraph' || node.kind === 'item' || node.kind === 'subitem') {
          walk(node.children, depth + 1);
          continue;
        }
        if (outline.length < PREVIEW_LIMITS.outlineNodes) {
          const article = node.kind === 'article';
          const words = article ? node.children.map((c) => c.text).join('') : '';
          outline.push({
            kind: node.kind as ProvisionKindEnum,
            label: node.label,
            heading: node.heading,
            address: node.address,
            citation: node.citation,
            depth,
            excerpt:
              words.length > PREVIEW_LIMITS.excerptLength
                ? `${words.slice(0, PREVIEW_LIMITS.excerptLength)}…`
                : words,
            paragraphs: article ? node.children.filter((c) => c.kind === 'paragraph').length : 0,
          });
        } else truncated = true;
        walk(node.children, depth + 1);
      }
    };
    walk(parsed.provisions, 0);
    return {
      textTitle: parsed.title.slice(0, 200) || '（无标题）',
      preamble: parsed.preamble,
      articleCount,
      provisionCount,
      sourceEncoding: encoding,
      warnings: parsed.warnings,
      outline,
      outlineTruncated: truncated,
    };
  }

  /** The file or pasted text of a version, read off the event loop (see readDraftUpload) and parsed. */
  private async readSource(input: DraftSourceInput, actor: Actor) {
    if ((input.contentBase64 === undefined) === (input.text === undefined)) {
      throw BadInputError.field(
        'input',
        '请上传文件（contentBase64）或粘贴文本（text），二者选一',
        'ONE_SOURCE_REQUIRED',
      );
    }
    const bytes =
      input.contentBase64 !== undefined
        ? Buffer.from(input.contentBase64, 'base64')
        : Buffer.from(input.text ?? '', 'utf8');
    // Off the event loop, with memory and time limits (see readDraftUpload).
    const { parsed, encoding } = await readDraftUpload(
      input.contentBase64 !== undefined ? { bytes, fileName: input.fileName } : { text: input.text ?? '' },
      undefined,
      actor.accountId,
    );
    const articleCount = countArticles(parsed.provisions);
    if (articleCount === 0) {
      throw BadInputError.field(
        'input',
        '没有在文本中找到任何条文（应以“第一条”等开头的行），请检查文件内容',
        'NO_ARTICLES',
      );
    }
    return { bytes, parsed, encoding, articleCount };
  }

  /** Starts the version's follow-up job; the upload stands if it cannot (the work can be asked for again). */
  private async startFollowUp(actor: Actor, version: DraftVersionEntity): Promise<void> {
    if (!this.versionListeners.length) return;
    try {
      await this.jobs.start<VersionFollowUpPayload>(actor, {
        kind: VERSION_FOLLOW_UP_JOB,
        subjectType: 'DraftVersion',
        subjectId: version.id,
        payload: { versionId: version.id },
      });
    } catch (error) {
      this.logger.warn(`新稿次 ${version.id} 的后续处理任务未能启动：${(error as Error).message}`);
    }
  }

  /**
   * The listeners' work on a committed version, one after another, each its share of 0–100 (run by VersionFollowUpJob).
   * Returns their sentences for the job's summary; a listener's failure fails the job (a retry runs them all again).
   */
  async followUp(
    actor: Actor,
    version: DraftVersionEntity,
    progress: (percent: number, step?: string) => Promise<void>,
  ): Promise<string[]> {
    const sentences: string[] = [];
    const share = 100 / Math.max(1, this.versionListeners.length);
    for (const [i, listener] of this.versionListeners.entries()) {
      const sentence = await listener(actor, version, (percent, step) =>
        progress(i * share + (Math.max(0, Math.min(100, percent)) * share) / 100, step),
      );
      if (sentence) sentences.push(sentence);
    }
    return sentences;
  }

  private versionRow(
    draftId: string,
    sequence: number,
    input: AddDraftVersionInput,
    parsed: ParsedRegulation,
    articleCount: number,
    bytes: Buffer,
    encoding: string,
  ): DraftVersionEntity {
    return {
      id: newId(),
      draftId,
      sequence,
      stage: input.stage,
      label: input.label ?? `${DRAFT_STAGE_LABELS[input.stage]}`,
      textTitle: parsed.title.slice(0, 200) || '（无标题）',
      preamble: parsed.preamble,
      articleCount,
      warnings: JSON.stringify(parsed.warnings),
      sourceFilename: input.fileName ?? null,
      sourceEncoding: encoding,
      sourceSha256: createHash('sha256').update(bytes).digest('hex'),
      frozen: false,
      supersededById: null,
      createdAt: this.clock.now(),
    };
  }

  /** Only a version no task has used may have its label or stage corrected; its text never changes. */
  async updateVersion(actor: Actor, input: UpdateDraftVersionInput): Promise<DraftVersionEntity> {
    return this.db.transaction(async (em) => {
      const version = await this.mustFindVisibleVersion(actor, input.id, em);
      if (version.frozen) {
        throw new ConflictError(
          'VERSION_FROZEN',
          '该稿次已用于征求意见任务，不能再修改；如需修改，请上传新稿次',
        );
      }
      const after = { ...version, stage: input.stage ?? version.stage, label: input.label ?? version.label };
      await em.update(DraftVersionEntity, { id: version.id }, { stage: after.stage, label: after.label });
      await this.audit.record(em, actor, {
        action: 'draftVersion.update',
        entityType: 'DraftVersion',
        entityId: version.id,
        before: version,
        after,
      });
      return after;
    });
  }

  /** Called when a task is issued on a version: from then on it is never edited. */
  async freezeVersion(em: EntityManager, versionId: string): Promise<void> {
    await em.update(DraftVersionEntity, { id: versionId }, { frozen: true });
  }

  async listDrafts(actor: Actor, args: DraftsArgs): Promise<Connection<DraftEntity>> {
    const window = pageWindow(args);
    const mine = actor.grants.filter((g) => g.role === Role.LEGISLATURE_STAFF).map((g) => g.legislatureId!);
    const scopes: FindOptionsWhere<DraftEntity>[] = isSystemAdmin(actor)
      ? [{}]
      : mine.length
        ? [{ legislatureId: In(mine) }]
        : [];
    const where = narrowScope(scopes, args.legislatureId ? { legislatureId: args.legislatureId } : {});
    if (where.length === 0) return toConnection([], 0, window);
    const [rows, total] = await findPage(
      this.db.getRepository(DraftEntity),
      { where, order: { updatedAt: 'DESC', id: 'ASC' } },
      window,
    );
    return toConnection(rows, total, window);
  }

  getDraft(actor: Actor, id: string): Promise<DraftEntity> {
    return this.mustFindVisibleDraft(actor, id);
  }

  /** For the legislature; contact points reach a version through the tasks addressed to them. */
  async getVersionForStaff(actor: Actor, id: string): Promise<DraftVersionEntity> {
    return this.mustFindVisibleVersion(actor, id);
  }

  versionsOfDrafts(draftIds: readonly string[]): Promise<DraftVersionEntity[][]> {
    return loadChildren(this.db, DraftVersionEntity, 'draftId', draftIds, { order: { sequence: 'ASC' } });
  }

  versionsByIds(ids: readonly string[]): Promise<(DraftVersionEntity | undefined)[]> {
    return loadByIds(this.db, DraftVersionEntity, ids);
  }

  /** Pages of provisions for many versions at once (a DataLoader batch). */
  provisionPages(
    versionIds: readonly string[],
    args: ProvisionsArgs,
  ): Promise<Connection<ProvisionEntity>[]> {
    const conditions: string[] = [];
    if (args.kinds?.length) conditions.push('kind IN (:...kinds)');
    if (args.addresses?.length) conditions.push('address IN (:...addresses)');
    return loadChildPages(
      this.db,
      ProvisionEntity,
      versionIds,
      {
        parentColumn: 'version_id',
        orderBy: 'position',
        where: conditions.length ? conditions.join(' AND ') : undefined,
        params: { kinds: args.kinds, addresses: args.addresses },
      },
      pageWindow(args),
    );
  }

  async findProvisions(
    versionId: string,
    addresses: readonly string[],
    em: EntityManager = this.db.manager,
  ): Promise<ProvisionEntity[]> {
    const rows: ProvisionEntity[] = [];
    for (const part of chunk(addresses))
      rows.push(...(await em.findBy(ProvisionEntity, { versionId, address: In(part) })));
    return rows.sort((a, b) => a.position - b.position);
  }

  async loadTree(versionId: string): Promise<ProvisionNode[]> {
    return buildProvisionTree(
      await this.db.getRepository(ProvisionEntity).find({ where: { versionId }, order: { position: 'ASC' } }),
    );
  }

  /**
   * Aligns the articles of two versions of one draft (see compare/compare.types.ts). Kept in a small LRU cache, so
   * paging through a 1,260-article comparison computes it once.
   */
  async compare(actor: Actor, fromVersionId: string, toVersionId: string): Promise<VersionComparison> {
    // Access to both first: another legislature's version answers as a missing one, not described ("of a different
    // draft").
    const from = await this.mustFindVisibleVersion(actor, fromVersionId);
    const to = await this.mustFindVisibleVersion(actor, toVersionId);
    if (from.draftId !== to.draftId) {
      throw BadInputError.field('toVersionId', '只能比较同一草案的两个稿次', 'VERSIONS_OF_DIFFERENT_DRAFTS');
    }
    return this.comparison(from.id, to.id);
  }

  /** The comparison itself, for callers that have checked access their own way (re-anchoring annotations). */
  comparison(fromVersionId: string, toVersionId: string): Promise<VersionComparison> {
    return this.comparisons.get(`${fromVersionId}→${toVersionId}`, () =>
      Promise.all([this.loadTree(fromVersionId), this.loadTree(toVersionId)]).then(([a, b]) =>
        compareVersions(a, b),
      ),
    );
  }

  /**
   * An in-memory index of a version's tree: each provision by address, its ancestors, its full text. A version's text
   * never changes, so the index is cached (LRU) and shared by every request that needs it (submitting an opinion,
   * rendering "my tasks").
   */
  versionIndex(versionId: string): Promise<VersionIndex> {
    return this.indexes.get(versionId, () => this.loadTree(versionId).then((tree) => new VersionIndex(tree)));
  }

  /** For each version, a function giving a provision's full text (with its paragraphs, items …) by address. */
  async fullTextReaders(versionIds: readonly string[]): Promise<Array<(address: string) => string | null>> {
    const indexes = await Promise.all(versionIds.map((id) => this.versionIndex(id)));
    return indexes.map((index) => (address: string) => index.fullText(address));
  }

  async mustFindDraft(id: string, em: EntityManager = this.db.manager): Promise<DraftEntity> {
    const draft = await em.findOneBy(DraftEntity, { id });
    if (!draft) throw draftNotFound(id);
    return draft;
  }

  async mustFindVersion(id: string, em: EntityManager = this.db.manager): Promise<DraftVersionEntity> {
    const version = await em.findOneBy(DraftVersionEntity, { id });
    if (!version) throw versionNotFound(id);
    return version;
  }

  /**
   * A draft of the caller's legislature (its staff, administrators). Another legislature's draft answers exactly as an
   * id that names nothing: a refusal would tell that it exists.
   */
  async mustFindVisibleDraft(
    actor: Actor,
    id: string,
    em: EntityManager = this.db.manager,
  ): Promise<DraftEntity> {
    const draft = await this.mustFindDraft(id, em);
    if (!actsForLegislature(actor, draft.legislatureId))
      throw draftNotFound(id).concealing('DRAFT_NOT_VISIBLE');
    return draft;
  }

  /** A version of a draft of the caller's legislature; another legislature's answers as missing (as drafts do). */
  async mustFindVisibleVersion(
    actor: Actor,
    id: string,
    em: EntityManager = this.db.manager,
  ): Promise<DraftVersionEntity> {
    const version = await this.mustFindVersion(id, em);
    const draft = await this.mustFindDraft(version.draftId, em);
    if (!actsForLegislature(actor, draft.legislatureId))
      throw versionNotFound(id).concealing('DRAFT_NOT_VISIBLE');
    return version;
  }

  /**
   * A version of the same draft later than `earlierVersionId` — the one rule for whatever sets a later version beside
   * an earlier one on the strength of access to the earlier (a task's 修改对照表): another draft's version, perhaps
   * another legislature's unpublished text, is refused, not compared (VERSIONS_OF_DIFFERENT_DRAFTS), and so is the
   * same version or an earlier one (VERSION_NOT_NEWER). Unknown ids are NOT_FOUND.
   */
  async mustFindLaterVersion(
    actor: Actor,
    earlierVersionId: string,
    laterVersionId: string,
    field = 'input.laterVersionId',
  ): Promise<{ earlier: DraftVersionEntity; later: DraftVersionEntity }> {
    const earlier = await this.mustFindVersion(earlierVersionId);
    const later = await this.mustFindVersion(laterVersionId);
    if (later.draftId !== earlier.draftId) {
      // Another legislature's text answers as missing; one the caller may see is told apart.
      await this.mustFindVisibleVersion(actor, laterVersionId);
      throw BadInputError.field(field, '只能选择同一草案的后续稿次', 'VERSIONS_OF_DIFFERENT_DRAFTS');
    }
    if (later.sequence <= earlier.sequence)
      throw BadInputError.field(
        field,
        `“${later.label}”不是“${earlier.label}”之后的稿次，请选择更新的稿次`,
        'VERSION_NOT_NEWER',
      );
    return { earlier, later };
  }
}

export type { DraftStage };

function draftNotFound(id: string): NotFoundError {
  return new NotFoundError('草案', id);
}

function versionNotFound(id: string): NotFoundError {
  return new NotFoundError('草案稿次', id, 'DRAFT_VERSION_NOT_FOUND');
}
