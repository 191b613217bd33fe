import { Module } from '@nestjs/common';
import { AdoptionModule } from '@app/adoption';
import { ConsolidationModule } from '@app/consolidation';
import { ConsultationModule } from '@app/consultation';
import { DraftsModule } from '@app/drafts';
import { FeedbackModule } from '@app/feedback';
import { IdentityModule } from '@app/identity';
import { OrganizationModule } from '@app/organization';
import { DemoSeedService } from './demo-seed.service.js';

@Module({
  imports: [
    IdentityModule,
    OrganizationModule,
    DraftsModule,
    ConsultationModule,
    FeedbackModule,
    ConsolidationModule,
    AdoptionModule,
  ],
  providers: [DemoSeedService],
  exports: [DemoSeedService],
})
export class DemoModule {}
