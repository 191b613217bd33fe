import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { IdentityModule } from '@app/identity';
import { JobsModule } from '@app/jobs';
import { OrganizationModule } from '@app/organization';
import {
  ComparisonResolver,
  DraftsResolver,
  DraftVersionFieldsResolver,
  ProvisionFieldsResolver,
} from './drafts.resolver.js';
import { DraftsService } from './drafts.service.js';
import { VersionFollowUpJob } from './version-follow-up.job.js';

@Module({
  imports: [AuditModule, IdentityModule, JobsModule, OrganizationModule],
  providers: [
    DraftsService,
    DraftsResolver,
    DraftVersionFieldsResolver,
    ProvisionFieldsResolver,
    ComparisonResolver,
    VersionFollowUpJob,
  ],
  exports: [DraftsService],
})
export class DraftsModule {}
