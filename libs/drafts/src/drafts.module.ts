import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { IdentityModule } from '@app/identity';
import { OrganizationModule } from '@app/organization';
import {
  ComparisonResolver,
  DraftsResolver,
  DraftVersionFieldsResolver,
  ProvisionFieldsResolver,
} from './drafts.resolver.js';
import { DraftsService } from './drafts.service.js';

@Module({
  imports: [AuditModule, IdentityModule, OrganizationModule],
  providers: [
    DraftsService,
    DraftsResolver,
    DraftVersionFieldsResolver,
    ProvisionFieldsResolver,
    ComparisonResolver,
  ],
  exports: [DraftsService],
})
export class DraftsModule {}
