import { Args, ArgsType, Field, ID, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, FindOptionsWhere } from 'typeorm';
import { ConnectionArgs, IdField, Paginated, TextField, type Connection } from '@app/common';
import { findKeysetPage } from '@app/database';
import { Permission, RequirePermission } from '@app/identity';
import { AuditRecordEntity } from './audit-record.entity.js';

@ObjectType('AuditRecord', { description: '审计记录：谁在何时对哪个对象做了什么（变更前后）' })
export class AuditRecordModel {
  @Field(() => ID, { description: '编号' }) id!: string;
  @Field({ description: '发生时间' }) occurredAt!: Date;
  @Field(() => ID, { description: '操作人账号编号', nullable: true }) actorAccountId!: string | null;
  @Field({ description: '操作人用户名' }) actorUsername!: string;
  @Field({ description: '例如 contactPoint.update' }) action!: string;
  @Field({ description: '对象类型' }) entityType!: string;
  @Field(() => ID, { description: '对象编号' }) entityId!: string;
  @Field(() => String, { nullable: true, description: '变更前（JSON）' }) before!: string | null;
  @Field(() => String, { nullable: true, description: '变更后（JSON）' }) after!: string | null;
  @Field(() => String, { description: '请求编号（对应日志）', nullable: true }) requestId!: string | null;
}

@ObjectType({ description: '审计记录的分页列表' })
export class AuditRecordConnection extends Paginated(AuditRecordModel, '审计记录') {}

@ArgsType()
export class AuditRecordsArgs extends ConnectionArgs {
  @Field({ description: '对象类型', nullable: true })
  @TextField('对象类型', 64, { optional: true })
  entityType?: string;
  @Field(() => ID, { description: '对象编号', nullable: true })
  @IdField('对象 ID', { optional: true })
  entityId?: string;
  @Field(() => ID, { description: '操作人编号', nullable: true })
  @IdField('操作人 ID', { optional: true })
  actorAccountId?: string;
}

@Resolver(() => AuditRecordModel)
export class AuditResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @RequirePermission(Permission.AUDIT_READ)
  @Query(() => AuditRecordConnection, { description: '审计记录，最新的在前（仅系统管理员）' })
  async auditRecords(@Args() args: AuditRecordsArgs): Promise<Connection<AuditRecordModel>> {
    const where: FindOptionsWhere<AuditRecordEntity> = {};
    if (args.entityType) where.entityType = args.entityType;
    if (args.entityId) where.entityId = args.entityId;
    if (args.actorAccountId) where.actorAccountId = args.actorAccountId;
    // Keyset on the ever-growing id: records written while someone pages through the trail never shift the next page.
    const page = await findKeysetPage(
      this.db.getRepository(AuditRecordEntity),
      [where],
      [{ property: 'id', direction: 'DESC' }],
      args,
    );
    return { ...page, edges: page.edges.map((e) => ({ ...e, node: { ...e.node, id: String(e.node.id) } })) };
  }
}
