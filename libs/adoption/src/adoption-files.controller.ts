import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { BadInputError, sendDownload } from '@app/common';
import { CurrentActor, Permission, RequirePermission, type Actor } from '@app/identity';
import { ADOPTION_LIMITS } from './adoption.enums.js';
import { AdoptionDocumentService } from './adoption-document.service.js';

function yearOf(value: string | undefined): number {
  const year = Number(value);
  if (!Number.isInteger(year) || year < ADOPTION_LIMITS.firstYear || year > ADOPTION_LIMITS.lastYear) {
    throw BadInputError.field(
      'year',
      `年份须在 ${ADOPTION_LIMITS.firstYear} 到 ${ADOPTION_LIMITS.lastYear} 之间`,
      'INVALID_YEAR',
    );
  }
  return year;
}

/** The adoption step's files over plain HTTP, with the same bearer token (links come from the export mutations). */
@Controller('files')
export class AdoptionFilesController {
  constructor(private readonly documents: AdoptionDocumentService) {}

  @RequirePermission(Permission.ADOPTION_DECIDE)
  @Get('tasks/:taskId/comparison-table.docx')
  async comparisonTable(
    @CurrentActor() actor: Actor,
    @Param('taskId') taskId: string,
    @Query('laterVersionId') laterVersionId: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendDownload(
      reply,
      await this.documents.comparisonTable(actor, taskId, laterVersionId || undefined),
      'comparison-table.docx',
    );
  }

  @RequirePermission(Permission.LEDGER_READ)
  @Get('points/:contactPointId/evaluation.xlsx')
  async evaluation(
    @CurrentActor() actor: Actor,
    @Param('contactPointId') contactPointId: string,
    @Query('year') year: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendDownload(
      reply,
      await this.documents.evaluation(actor, contactPointId, yearOf(year)),
      'evaluation.xlsx',
    );
  }

  @RequirePermission(Permission.LEDGER_READ)
  @Get('points/:contactPointId/evaluation.docx')
  async evaluationDocx(
    @CurrentActor() actor: Actor,
    @Param('contactPointId') contactPointId: string,
    @Query('year') year: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendDownload(
      reply,
      await this.documents.evaluation(actor, contactPointId, yearOf(year), 'docx'),
      'evaluation.docx',
    );
  }

  @RequirePermission(Permission.OPINION_WRITE)
  @Get('units/:liaisonUnitId/feedback-report.docx')
  async feedbackReport(
    @CurrentActor() actor: Actor,
    @Param('liaisonUnitId') liaisonUnitId: string,
    @Query('year') year: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    await sendDownload(
      reply,
      await this.documents.feedbackReport(actor, liaisonUnitId, yearOf(year)),
      'feedback-report.docx',
    );
  }
}
