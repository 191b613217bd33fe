import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { DraftsModule } from '@app/drafts';
import { OrganizationModule } from '@app/organization';
import { ActivityResolver } from './activity.resolver.js';
import { AnnotationResolver } from './annotation.resolver.js';
import { AnnotationService } from './annotation.service.js';
import { ActivityService } from './activity.service.js';
import { FilesController } from './files.controller.js';
import { OpinionImportResolver } from './opinion-import.resolver.js';
import { OpinionImportService } from './opinion-import.service.js';
import { OpinionResolver } from './opinion.resolver.js';
import { OpinionService } from './opinion.service.js';
import { PERSONAL_DATA_CIPHER, PersonalDataCipher } from './personal-data.js';
import { SearchIndexService } from './search-index.service.js';
import { SubmitLookups } from './submit-lookups.js';

@Module({})
export class FeedbackModule {
  static forRoot(options: { personalDataKey: string }): DynamicModule {
    return {
      module: FeedbackModule,
      // Global: the demo seeding and consolidation (later) use the opinion service.
      global: true,
      imports: [AuditModule, OrganizationModule, DraftsModule],
      controllers: [FilesController],
      providers: [
        { provide: PERSONAL_DATA_CIPHER, useValue: new PersonalDataCipher(options.personalDataKey) },
        SearchIndexService,
        SubmitLookups,
        OpinionService,
        OpinionResolver,
        ActivityService,
        ActivityResolver,
        AnnotationService,
        AnnotationResolver,
        OpinionImportService,
        OpinionImportResolver,
      ],
      exports: [OpinionService, SearchIndexService, AnnotationService],
    };
  }
}
