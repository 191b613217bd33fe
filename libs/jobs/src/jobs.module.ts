import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { JobFilesController } from './job-files.controller.js';
import { JobService } from './job.service.js';
import { JobsResolver } from './jobs.resolver.js';
import { SessionPurgeJob } from './session-purge.job.js';

/** 后台任务: long work run off the request, with progress; its options (JOBS_OPTIONS) come from the composition root. */
@Module({
  imports: [IdentityModule],
  controllers: [JobFilesController],
  providers: [JobService, JobsResolver, SessionPurgeJob],
  exports: [JobService, SessionPurgeJob],
})
export class JobsModule {}
