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
    const format = formatOf(extension);
    // The .docx is streamed as its rows are read (a table may hold tens of thousands); the .xlsx is built whole.
    if (format === ExportFormat.DOCX) {
      const file = await this.documents.pointDocx(actor, taskId, contactPointId);
      return sendDownload(reply, file, `consolidated-feedback.${extension}`);
    }
    const doc = await this.documents.pointDocument(actor, taskId, contactPointId);
    const name = this.documents.fileTitle(
      doc.cover.taskTitle,
      await this.documents.pointName(contactPointId),
    );
    await sendDownload(
      reply,
      await this.documents.render(doc, format, name),
      `consolidated-feedback.${extension}`,
    );
  }

  @RequirePermission(Permission.SUBMISSION_READ)
  @Get('consolidated-feedback.:format')
  async taskFeedback(
    @CurrentActor() actor: Actor,
    @Param('taskId') taskId: string,
    @Param('format') extension: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const format = formatOf(extension);
    if (format === ExportFormat.DOCX)
      return sendDownload(
        reply,
        await this.documents.taskDocx(actor, taskId),
        `consolidated-feedback.${extension}`,
      );
    const doc = await this.documents.taskDocument(actor, taskId);
    await sendDownload(
      reply,
      await this.documents.render(doc, format, this.documents.fileTitle(doc.cover.taskTitle)),
      `consolidated-feedback.${extension}`,
    );
  }
}
