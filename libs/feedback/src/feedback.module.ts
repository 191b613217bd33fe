import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { ConsultationModule } from '@app/consultation';
import { DraftsModule } from '@app/drafts';
import { IdentityModule } from '@app/identity';
import { JobsModule } from '@app/jobs';
import { OrganizationModule } from '@app/organization';
import { ActivityResolver } from './activity.resolver.js';
import { AnnotationReanchorJob } from './annotation-reanchor.job.js';
import { AnnotationResolver } from './annotation.resolver.js';
import { AnnotationService } from './annotation.service.js';
import { ActivityService } from './activity.service.js';
import { FEEDBACK_OPTIONS, type FeedbackOptions } from './feedback.options.js';
import { FilesController } from './files.controller.js';
import { OpinionImportResolver } from './opinion-import.resolver.js';
import { OpinionImportService } from './opinion-import.service.js';
import { OpinionResolver } from './opinion.resolver.js';
import { OpinionService } from './opinion.service.js';
import { PERSONAL_DATA_CIPHER, PersonalDataCipher } from './personal-data.js';
import { SearchIndexService } from './search-index.service.js';
import { SubmitLookups } from './submit-lookups.js';
import { OpinionWriteBudget } from './opinion-write-budget.js';
import { OnlineCollectionResolver } from './online-collection.resolver.js';
import { OnlineCollectionService } from './online-collection.service.js';

/** Activities, opinions, contributors and annotations. Its settings (FEEDBACK_OPTIONS) come from the composition root. */
@Module({
  imports: [AuditModule, IdentityModule, JobsModule, OrganizationModule, DraftsModule, ConsultationModule],
  controllers: [FilesController],
  providers: [
    {
      provide: PERSONAL_DATA_CIPHER,
      useFactory: (options: FeedbackOptions) => new PersonalDataCipher(options.personalDataKey),
      inject: [FEEDBACK_OPTIONS],
    },
    SearchIndexService,
    SubmitLookups,
    OpinionWriteBudget,
    OpinionService,
    OpinionResolver,
    ActivityService,
    ActivityResolver,
    OnlineCollectionService,
    OnlineCollectionResolver,
    AnnotationService,
    AnnotationResolver,
    AnnotationReanchorJob,
    OpinionImportService,
    OpinionImportResolver,
  ],
  exports: [OpinionService, SearchIndexService, AnnotationService, OnlineCollectionService],
})
export class FeedbackModule {}
