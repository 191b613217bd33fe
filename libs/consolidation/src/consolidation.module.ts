import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ConsultationModule } from '@app/consultation';
import { DraftsModule } from '@app/drafts';
import { FeedbackModule } from '@app/feedback';
import { IdentityModule } from '@app/identity';
import { JobsModule } from '@app/jobs';
import { OrganizationModule } from '@app/organization';
import { ConsolidationFilesController } from './consolidation-files.controller.js';
import {
  ConsolidationResolver,
  DuplicateGroupResolver,
  GroupingJobResolver,
} from './consolidation.resolver.js';
import { ConsolidationService } from './consolidation.service.js';
import { DuplicateGroupService } from './duplicate-group.service.js';
import { ConsolidatedExportJob } from './consolidated-export.job.js';
import { DuplicateGroupingJob } from './duplicate-grouping.job.js';
import { ExportedFileResolver } from './exported-file.resolver.js';
import { FeedbackDocumentService } from './feedback-document.service.js';
import { OpinionFacts } from './opinion-facts.js';
import { SuggestionResolver } from './suggestion.resolver.js';
import { SuggestionService } from './suggestion.service.js';
import { WorkbenchService } from './workbench.service.js';

/** 汇总与报送: the consolidation workbench, sign-off, submission and the exported table. */
@Module({
  imports: [
    AuditModule,
    IdentityModule,
    JobsModule,
    OrganizationModule,
    DraftsModule,
    ConsultationModule,
    FeedbackModule,
  ],
  controllers: [ConsolidationFilesController],
  providers: [
    OpinionFacts,
    ConsolidationService,
    WorkbenchService,
    DuplicateGroupService,
    DuplicateGroupingJob,
    ConsolidatedExportJob,
    SuggestionService,
    FeedbackDocumentService,
    ConsolidationResolver,
    GroupingJobResolver,
    DuplicateGroupResolver,
    SuggestionResolver,
    ExportedFileResolver,
  ],
  exports: [
    ConsolidationService,
    SuggestionService,
    DuplicateGroupService,
    OpinionFacts,
    FeedbackDocumentService,
  ],
})
export class ConsolidationModule {}
