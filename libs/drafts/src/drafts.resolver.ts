import type { OnModuleInit } from '@nestjs/common';
import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { JobModel, JobService, toJobModel } from '@app/jobs';
import { pageWindow, toConnection, type Connection, type GqlContext } from '@app/common';
import type { ArticleChange, ArticleRef, VersionComparison } from './compare/index.js';
import {
  ArticleChangeConnection,
  ArticleChangeKindEnum,
  ArticleChangeModel,
  ArticleChangesArgs,
  CompareVersionsArgs,
  VersionComparisonModel,
  type ArticleRefModel,
  type DiffSegmentModel,
} from './comparison.models.js';
import {
  CurrentActor,
  NodeRegistry,
  Permission,
  RequirePermission,
  rowExists,
  type Actor,
} from '@app/identity';
import { DraftEntity, DraftVersionEntity, type ProvisionEntity } from './draft.entities.js';
import {
  AddDraftVersionInput,
  CreateDraftInput,
  DraftConnection,
  DraftModel,
  DraftPreviewModel,
  DraftsArgs,
  PreviewDraftVersionInput,
  DraftVersionModel,
  ParseWarningModel,
  ProvisionConnection,
  ProvisionsArgs,
  UpdateDraftVersionInput,
  ProvisionModel,
} from './drafts.models.js';
import { DraftsService } from './drafts.service.js';
import { VERSION_FOLLOW_UP_JOB } from './version-follow-up.types.js';
import { FULL_TEXT_OF_VERSION, PROVISION_PAGES_OF_VERSION, VERSIONS_OF_DRAFT } from './drafts.loaders.js';

@Resolver(() => DraftModel)
export class DraftsResolver implements OnModuleInit {
  constructor(
    private readonly service: DraftsService,
    private readonly nodes: NodeRegistry,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** node(id:) reaches drafts and versions through the same lookups as the queries below. */
  onModuleInit(): void {
    const permission = Permission.DRAFT_MANAGE;
    this.nodes.register({
      typename: 'Draft',
      permission,
      exists: rowExists(this.db, DraftEntity),
      load: (actor, id) => this.draft(actor, id),
    });
    this.nodes.register({
      typename: 'DraftVersion',
      permission,
      exists: rowExists(this.db, DraftVersionEntity),
      load: (actor, id) => this.draftVersion(actor, id),
    });
  }

  @RequirePermission(Permission.DRAFT_MANAGE)
  @Query(() => DraftConnection, { description: '本立法机关的草案（立法机关工作人员）' })
  drafts(@CurrentActor() actor: Actor, @Args() args: DraftsArgs): Promise<Connection<DraftModel>> {
    return this.service.listDrafts(actor, args);
  }

  @RequirePermission(Permission.DRAFT_MANAGE)
  @Query(() => DraftModel, {
    nullable: true,
    description: '草案；找不到或无权查看时为 null，原因见 errors，同一请求中的其他字段照常返回',
  })
  draft(
    @CurrentActor() actor: Actor,
    @Args('id', { description: '草案编号', type: () => ID }) id: string,
  ): Promise<DraftModel> {
    return this.service.getDraft(actor, id);
  }

  @RequirePermission(Permission.DRAFT_MANAGE)
  @Query(() => DraftVersionModel, {
    nullable: true,
    description:
      '稿次（立法机关工作人员；联系点通过任务查看稿次）；找不到或无权查看时为 null，原因见 errors，同一请求中的其他字段照常返回',
  })
  draftVersion(
    @CurrentActor() actor: Actor,
    @Args('id', { description: '稿次编号', type: () => ID }) id: string,
  ): Promise<DraftVersionModel> {
    return this.service.getVersionForStaff(actor, id) as Promise<DraftVersionModel>;
  }

  @RequirePermission(Permission.DRAFT_MANAGE)
  @Mutation(() => DraftModel, { description: '登记法规草案' })
  createDraft(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: CreateDraftInput,
  ): Promise<DraftModel> {
    return this.service.createDraft(actor, input);
  }

  @RequirePermission(Permission.DRAFT_MANAGE)
  @Mutation(() => DraftVersionModel, {
    description:
      '上传草案的新稿次：解析为条文树并保存，上一稿次标记为被取代；随即返回，后续处理（文本佐证）在后台任务中进行，见 followUpJob',
  })
  addDraftVersion(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: AddDraftVersionInput,
  ): Promise<DraftVersionModel> {
    return this.service.addVersion(actor, input) as Promise<DraftVersionModel>;
  }

  @RequirePermission(Permission.DRAFT_MANAGE)
  @Mutation(() => DraftPreviewModel, {
    description:
      '预览草案文本：按 addDraftVersion 的方式读取和解析（同样的大小和时间限制），返回条文树和发现的问题，不保存',
  })
  previewDraftVersion(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '要预览的文件或文本' }) input: PreviewDraftVersionInput,
  ): Promise<DraftPreviewModel> {
    return this.service.previewVersion(actor, input);
  }

  @RequirePermission(Permission.DRAFT_MANAGE)
  @Mutation(() => DraftVersionModel, {
    description: '更正尚未用于任务的稿次的名称或稿次类型（文本不可修改）',
  })
  updateDraftVersion(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: UpdateDraftVersionInput,
  ): Promise<DraftVersionModel> {
    return this.service.updateVersion(actor, input) as Promise<DraftVersionModel>;
  }

  @ResolveField(() => [DraftVersionModel], { description: '全部稿次，按收到的顺序' })
  versions(@Parent() draft: DraftEntity, @Context() ctx: GqlContext): Promise<DraftVersionModel[]> {
    return ctx.loaders
      .get(VERSIONS_OF_DRAFT, (ids) => this.service.versionsOfDrafts(ids))
      .load(draft.id) as Promise<DraftVersionModel[]>;
  }
}

@Resolver(() => VersionComparisonModel)
export class ComparisonResolver {
  constructor(private readonly service: DraftsService) {}

  @RequirePermission(Permission.DRAFT_MANAGE)
  @Query(() => VersionComparisonModel, {
    description: '比较同一草案的两个稿次：逐条对齐（含重新编号、移动、拆分、合并）并给出逐字差异',
  })
  async compareDraftVersions(
    @CurrentActor() actor: Actor,
    @Args() args: CompareVersionsArgs,
  ): Promise<ComparisonResult> {
    const comparison = await this.service.compare(actor, args.fromVersionId, args.toVersionId);
    const { counts, ...rest } = comparison.summary;
    return {
      fromVersionId: args.fromVersionId,
      toVersionId: args.toVersionId,
      summary: {
        unchanged: counts.UNCHANGED,
        modified: counts.MODIFIED,
        moved: counts.MOVED,
        split: counts.SPLIT,
        merged: counts.MERGED,
        added: counts.ADDED,
        removed: counts.REMOVED,
        ...rest,
      },
      comparison,
    };
  }

  @ResolveField(() => ArticleChangeConnection, { description: '对照表各行，按新稿次的顺序' })
  changes(
    @Parent() result: ComparisonResult,
    @Args() args: ArticleChangesArgs,
  ): Connection<ArticleChangeModel> {
    const window = pageWindow(args);
    const rows = args.kinds?.length
      ? result.comparison.changes.filter((c) => args.kinds!.includes(c.kind as ArticleChangeKindEnum))
      : result.comparison.changes;
    const page = rows.slice(window.offset, window.offset + window.limit).map(toChangeModel);
    return toConnection(page, rows.length, window);
  }
}

type ComparisonResult = VersionComparisonModel & { comparison: VersionComparison };

const toArticleModel = ({ node: _node, index: _index, ...article }: ArticleRef): ArticleRefModel =>
  article as unknown as ArticleRefModel;

function toChangeModel(change: ArticleChange): ArticleChangeModel {
  return {
    ...change,
    kind: change.kind as ArticleChangeKindEnum,
    from: change.from.map(toArticleModel),
    to: change.to.map(toArticleModel),
    diff: change.diff as DiffSegmentModel[] | null,
  };
}

@Resolver(() => ProvisionModel)
export class ProvisionFieldsResolver {
  constructor(private readonly service: DraftsService) {}

  @ResolveField(() => String, { description: '连同下级（款、项、目）的完整文字，如整条条文' })
  async fullText(@Parent() provision: ProvisionEntity, @Context() ctx: GqlContext): Promise<string> {
    const reader = await ctx.loaders
      .get(FULL_TEXT_OF_VERSION, (ids) => this.service.fullTextReaders(ids))
      .load(provision.versionId);
    return reader(provision.address) ?? provision.text;
  }
}

/** Nested fields of a version, reachable only through a parent the caller was allowed to read. */
@Resolver(() => DraftVersionModel)
export class DraftVersionFieldsResolver {
  constructor(
    private readonly service: DraftsService,
    private readonly jobs: JobService,
  ) {}

  @ResolveField(() => JobModel, {
    nullable: true,
    description:
      '上传本稿次后启动的后续处理任务（比对先前稿次上提交的汇总意见，生成文本佐证）；用 job(id) 跟进进度，仅本立法机关的工作人员可见',
  })
  async followUpJob(
    @CurrentActor() actor: Actor,
    @Parent() version: DraftVersionEntity,
  ): Promise<JobModel | null> {
    const job = await this.jobs.latest(VERSION_FOLLOW_UP_JOB, version.id);
    return job && (await this.jobs.maySee(actor, job.id)) ? toJobModel(job) : null;
  }

  @ResolveField(() => [ParseWarningModel], { description: '解析时发现的问题' })
  warnings(@Parent() version: DraftVersionEntity): ParseWarningModel[] {
    return JSON.parse(version.warnings) as ParseWarningModel[];
  }

  @ResolveField(() => ProvisionConnection, { description: '条文，按全文顺序' })
  provisions(
    @Parent() version: DraftVersionEntity,
    @Args() args: ProvisionsArgs,
    @Context() ctx: GqlContext,
  ): Promise<Connection<ProvisionModel>> {
    const key = JSON.stringify(args);
    return ctx.loaders
      .get(PROVISION_PAGES_OF_VERSION, (ids) => this.service.provisionPages(ids, args), key)
      .load(version.id) as Promise<Connection<ProvisionModel>>;
  }
}
