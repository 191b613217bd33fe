import { Module } from '@nestjs/common';
import { AuditResolver } from './audit.resolver.js';
import { AuditService } from './audit.service.js';
import { SecurityEventService, SecurityEventsPlugin } from './security-events.js';

@Module({
  providers: [AuditService, AuditResolver, SecurityEventService, SecurityEventsPlugin],
  exports: [AuditService, SecurityEventService],
})
export class AuditModule {}
