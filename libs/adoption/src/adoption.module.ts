import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ConsolidationModule } from '@app/consolidation';
import { ConsultationModule } from '@app/consultation';
import { DraftsModule } from '@app/drafts';
import { FeedbackModule } from '@app/feedback';
import { IdentityModule } from '@app/identity';
import { JobsModule } from '@app/jobs';
import { OrganizationModule } from '@app/organization';
import { AdoptionDocumentService } from './adoption-document.service.js';
import { AdoptionFilesController } from './adoption-files.controller.js';
import {
  AdoptionResolver,
  LedgerFiguresResolver,
  LedgerResolver,
  OpinionOutcomeResolver,
  SuggestionAdoptionResolver,
  TaskAdoptionResolver,
} from './adoption.resolver.js';
import { AdoptionService } from './adoption.service.js';
import { AdoptionReviewResolver } from './adoption-review.resolver.js';
import { AdoptionReviewService } from './adoption-review.service.js';
import { EvidenceService } from './evidence.service.js';
import { LedgerService } from './ledger.service.js';
import { ReceiptLookupResolver } from './receipt-lookup.resolver.js';
import { ReceiptLookupService } from './receipt-lookup.service.js';
import { PersonalDataErasureJob, PersonalDataRetention } from './personal-data-retention.js';

/** 采纳反馈与台账: the legislature's decisions, the loop back to contributors, the ledger and the evaluation. */
@Module({
  imports: [
    AuditModule,
    IdentityModule,
    JobsModule,
    OrganizationModule,
    DraftsModule,
    ConsultationModule,
    FeedbackModule,
    ConsolidationModule,
  ],
  controllers: [AdoptionFilesController],
  providers: [
    AdoptionService,
    EvidenceService,
    LedgerService,
    AdoptionDocumentService,
    AdoptionResolver,
    SuggestionAdoptionResolver,
    OpinionOutcomeResolver,
    LedgerResolver,
    LedgerFiguresResolver,
    TaskAdoptionResolver,
    AdoptionReviewService,
    AdoptionReviewResolver,
    ReceiptLookupService,
    ReceiptLookupResolver,
    PersonalDataRetention,
    PersonalDataErasureJob,
  ],
  exports: [AdoptionService, EvidenceService, LedgerService, PersonalDataRetention, PersonalDataErasureJob],
})
export class AdoptionModule {}
