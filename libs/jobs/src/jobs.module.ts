import { Module } from '@nestjs/common';
import { IdentityModule } from '@app/identity';
import { JobService } from './job.service.js';
import { JobsResolver } from './jobs.resolver.js';

/** 后台任务: long work run off the request, with progress; its options (JOBS_OPTIONS) come from the composition root. */
@Module({
  imports: [IdentityModule],
  providers: [JobService, JobsResolver],
  exports: [JobService],
})
export class JobsModule {}
