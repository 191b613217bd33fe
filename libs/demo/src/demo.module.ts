import { Module } from '@nestjs/common';
import { AdoptionModule } from '@app/adoption';
import { ConsolidationModule } from '@app/consolidation';
import { DraftsModule } from '@app/drafts';
import { OrganizationModule } from '@app/organization';
import { DemoSeedService } from './demo-seed.service.js';

/** The consultation services come from ConsultationModule, which is global. */
@Module({
  imports: [OrganizationModule, DraftsModule, ConsolidationModule, AdoptionModule],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
