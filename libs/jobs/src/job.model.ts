import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { JobState } from './job.types.js';

registerEnumType(JobState, {
  name: 'JobState',
  description: '后台任务的状态',
  valuesMap: {
    QUEUED: { description: '排队等待' },
    RUNNING: { description: '正在执行' },
    SUCCEEDED: { description: '已完成' },
    FAILED: { description: '失败' },
  },
});

@ObjectType('JobError', { description: '后台任务失败的原因' })
export class JobErrorModel {
  @Field({ description: '错误代码（英文，稳定，供程序判断）' }) code!: string;
  @Field({ description: '说明（中文）' }) message!: string;
}

@ObjectType('JobFile', { description: '后台任务生成的文件（如导出的汇总表），存于数据库，任一实例均可下载' })
export class JobFileModel {
  @Field({ description: '文件名' }) filename!: string;
  @Field({ description: '文件类型（MIME）' }) contentType!: string;
  @Field(() => Int, { description: '大小（字节）' }) size!: number;
  @Field({ description: '下载地址：GET 时带同一个令牌（Authorization: Bearer …）' }) url!: string;
  @Field({
    description:
      '签名下载地址：无需 Authorization 头，可直接用链接打开；几分钟内有效，只对查询者本人的本次登录有效（退出登录、修改密码或账号停用后即失效），下载时仍检查其账号和权限',
  })
  signedUrl!: string;
  @Field(() => GraphQLISODateTime, { description: '签名下载地址的失效时间' }) signedUrlExpiresAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: '过期时间：此后文件删除，需重新导出' })
  expiresAt!: Date | null;
}

/** The download route of a job's file (JobFilesController). */
export const jobFileUrl = (jobId: string): string => `/files/jobs/${jobId}/download`;

@ObjectType('Job', { description: '后台任务（如重复意见分组）：状态、进度与结果，任一实例均可查询' })
export class JobModel {
  @Field(() => ID, { description: '任务编号' }) id!: string;
  @Field({ description: '任务类型，如 consolidation.groupDuplicates' }) kind!: string;
  @Field(() => JobState, { description: '状态' }) state!: JobState;
  @Field(() => Int, { description: '进度（0–100）' }) progress!: number;
  @Field(() => String, { nullable: true, description: '正在进行的步骤' }) step!: string | null;
  @Field(() => String, { nullable: true, description: '完成后的结果说明' }) summary!: string | null;
  @Field(() => JobErrorModel, { nullable: true, description: '失败时的原因' }) error!: JobErrorModel | null;
  @Field(() => Int, { description: '执行次数（实例中途停止、由其他实例接手时加一）' }) attempts!: number;
  @Field(() => ID, { nullable: true, description: '发起人账号' }) startedById!: string | null;
  @Field({ description: '发起人' }) startedByName!: string;
  @Field(() => GraphQLISODateTime, { description: '发起时间' }) createdAt!: Date;
  @Field(() => GraphQLISODateTime, { nullable: true, description: '开始执行时间' }) startedAt!: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true, description: '结束时间（完成或失败）' })
  finishedAt!: Date | null;
  /** The result's data (JSON), for the kind's own typed field on Job; not in the schema. */
  result!: string | null;
}

/** A job row as the schema shows it. */
export function toJobModel(job: {
  id: string;
  kind: string;
  state: string;
  progress: number;
  step: string | null;
  summary: string | null;
  errorCode: string | null;
  errorMessage: string | null;
  attempts: number;
  startedById: string | null;
  startedByName: string;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  result: string | null;
}): JobModel {
  return {
    id: job.id,
    kind: job.kind,
    state: job.state as JobState,
    progress: job.progress,
    step: job.step,
    summary: job.summary,
    error: job.errorCode ? { code: job.errorCode, message: job.errorMessage ?? '' } : null,
    attempts: job.attempts,
    startedById: job.startedById,
    startedByName: job.startedByName,
    createdAt: job.createdAt,
    startedAt: job.startedAt,
    finishedAt: job.finishedAt,
    result: job.result,
  };
}
