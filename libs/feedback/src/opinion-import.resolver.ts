import { Args, Field, ID, InputType, Int, Mutation, ObjectType, Resolver } from '@nestjs/graphql';
import { IsBase64, IsString, MaxLength } from 'class-validator';
import { IdField } from '@app/common';
import { CurrentActor, Permission, RequirePermission, type Actor } from '@app/identity';
import { MAX_IMPORT_FILE_BYTES, OpinionImportService } from './opinion-import.service.js';

@InputType({ description: '从纸质意见表（Excel）导入意见' })
export class ImportOpinionsInput {
  @Field(() => ID, { description: '任务编号' }) @IdField('任务 ID') taskId!: string;
  @Field({ description: '填好的意见征集表（.xlsx）的 Base64 编码，最大 10 MiB' })
  @IsString({ message: '文件内容必须是 Base64 文本' })
  @MaxLength(Math.ceil(MAX_IMPORT_FILE_BYTES / 3) * 4, { message: '文件不能超过 10 MiB' })
  @IsBase64({}, { message: '文件内容不是有效的 Base64 编码' })
  fileBase64!: string;
}

@ObjectType('ImportRowError', { description: '导入时一行的一个问题' })
export class ImportRowErrorModel {
  @Field(() => Int, { description: 'Excel 中的行号' }) row!: number;
  @Field({ description: '列名' }) column!: string;
  @Field({ description: '稳定的错误代码' }) code!: string;
  @Field({ description: '说明问题的中文提示' }) message!: string;
}

@ObjectType('ImportOpinionsResult', { description: '导入结果：保存的条数和逐行问题' })
export class ImportOpinionsResultModel {
  @Field(() => Int, { description: '导入成功的行数' }) imported!: number;
  @Field(() => Int, { description: '读到的非空数据行数' }) totalRows!: number;
  @Field(() => [String], { description: '按行顺序的回执编号' }) receiptNumbers!: string[];
  @Field(() => [ImportRowErrorModel], { description: '有问题的行：未导入，改正后可再次导入' })
  errors!: ImportRowErrorModel[];
}

@Resolver()
export class OpinionImportResolver {
  constructor(private readonly imports: OpinionImportService) {}

  @RequirePermission(Permission.OPINION_WRITE)
  @Mutation(() => ImportOpinionsResultModel, {
    description:
      '导入意见征集表：逐行检查，合格的行一次写入，不合格的行按行、列报告（模板：GET /files/tasks/{taskId}/opinion-template.xlsx）',
  })
  importOpinions(
    @CurrentActor() actor: Actor,
    @Args('input', { description: '输入，各项见输入类型的说明' }) input: ImportOpinionsInput,
  ): Promise<ImportOpinionsResultModel> {
    return this.imports.import(actor, input.taskId, input.fileBase64);
  }
}
