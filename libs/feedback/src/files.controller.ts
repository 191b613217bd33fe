import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { XLSX_CONTENT_TYPE, sendDownload } from '@app/common';
import { CurrentActor, Permission, RequirePermission, type Actor } from '@app/identity';
import { OpinionImportService } from './opinion-import.service.js';

/** Files over plain HTTP, with the same bearer token as the GraphQL API. */
@Controller('files')
export class FilesController {
  constructor(private readonly imports: OpinionImportService) {}

  @RequirePermission(Permission.OPINION_WRITE)
  @Get('tasks/:taskId/opinion-template.xlsx')
  async opinionTemplate(
    @CurrentActor() actor: Actor,
    @Param('taskId') taskId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { filename, content } = await this.imports.template(actor, taskId);
    await sendDownload(reply, { filename, content, contentType: XLSX_CONTENT_TYPE }, 'opinion-template.xlsx');
  }
}
