import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { IdentityModule } from '@app/identity';
import {
  CollectorFieldsResolver,
  ContactPointFieldsResolver,
  ExecutiveMemberFieldsResolver,
  ExpertFieldsResolver,
  LegislatureFieldsResolver,
  LiaisonUnitFieldsResolver,
} from './organization-fields.resolver.js';
import { AccountsResolver } from './accounts.resolver.js';
import { OrganizationResolver } from './organization.resolver.js';
import { OrganizationService } from './organization.service.js';

@Module({
  imports: [AuditModule, IdentityModule],
  providers: [
    OrganizationService,
    OrganizationResolver,
    AccountsResolver,
    LegislatureFieldsResolver,
    ContactPointFieldsResolver,
    LiaisonUnitFieldsResolver,
    CollectorFieldsResolver,
    ExecutiveMemberFieldsResolver,
    ExpertFieldsResolver,
  ],
  exports: [OrganizationService],
})
export class OrganizationModule {}
