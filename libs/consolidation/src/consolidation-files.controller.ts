import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { BadInputError, sendDownload } from '@app/common';
import { CurrentActor, Permission, RequirePermission, type Actor } from '@app/identity';
import { ExportFormat } from './consolidation.enums.js';
import { FeedbackDocumentService } from './feedback-document.service.js';

function formatOf(extension: string): ExportFormat {
  const format = Object.values(ExportFormat).find((f) => f.toLowerCase() === extension);
  if (!format) throw BadInputError.field('format', '只能导出 .docx 或 .xlsx', 'UNKNOWN_FORMAT');
  return format;
}

/** The consolidated feedback as files, over plain HTTP with the same bearer token (links come from the export mutations). */
@Controller('files/tasks/:taskId')
export class ConsolidationFilesController {
  constructor(private readonly documents: FeedbackDocumentService) {}

  @RequirePermission(Permission.TASK_READ)
  @Get('points/:contactPointId/consolidated-feedback.:format')
  async pointFeedback(
    @CurrentActor() actor: Actor,
    @Param('taskId') taskId: string,
    @Param('contactPointId') contactPointId: string,
    @Param('format') extension: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    // Both formats streamed as their rows are read (a table may hold tens of thousands).
    const file = await this.documents.exportFile(actor, taskId, contactPointId, formatOf(extension));
    return sendDownload(reply, file, `consolidated-feedback.${extension}`);
  }

  @RequirePermission(Permission.SUBMISSION_READ)
  @Get('consolidated-feedback.:format')
  async taskFeedback(
    @CurrentActor() actor: Actor,
    @Param('taskId') taskId: string,
    @Param('format') extension: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const file = await this.documents.exportFile(actor, taskId, null, formatOf(extension));
    return sendDownload(reply, file, `consolidated-feedback.${extension}`);
  }
}
