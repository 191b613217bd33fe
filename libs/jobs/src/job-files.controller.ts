import { Controller, Get, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { NotFoundError, sendDownload } from '@app/common';
import { CurrentActor, Permission, RequirePermission, type Actor } from '@app/identity';
import { JobService } from './job.service.js';
import { storedFileOf } from './jobs.resolver.js';

/**
 * A job's result file over plain HTTP with the same bearer token, from the database: whichever instance is asked sends
 * it. Only to those who may see the job (its kind's check on the object it works on); anyone else hears NOT_FOUND.
 */
@Controller('files/jobs/:jobId')
export class JobFilesController {
  constructor(private readonly jobs: JobService) {}

  @RequirePermission(Permission.SELF)
  @Get('download')
  async download(
    @CurrentActor() actor: Actor,
    @Param('jobId') jobId: string,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const job = await this.jobs.find(actor, jobId);
    const file = storedFileOf(job);
    if (!file) throw new NotFoundError('任务生成的文件', jobId, 'JOB_FILE_NOT_FOUND');
    const extension = /\.[a-z0-9]+$/i.exec(file.filename)?.[0] ?? '';
    await sendDownload(
      reply,
      {
        filename: file.filename,
        contentType: file.contentType,
        content: this.jobs.openFile(jobId, file.chunks),
      },
      `export${extension}`,
    );
  }
}
