import { Module, type DynamicModule } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { DraftsModule } from '@app/drafts';
import { OrganizationModule } from '@app/organization';
import {
  AssignmentFieldsResolver,
  ConsultationTaskResolver,
  NotificationResolver,
  PointTaskFieldsResolver,
} from './consultation.resolver.js';
import { NotificationService } from './notification.service.js';
import { CONSULTATION_OPTIONS, ReminderService, type ConsultationOptions } from './reminder.service.js';
import { RoleGrantNotifier } from './role-grant-notifier.js';
import { TaskService } from './task.service.js';

@Module({})
export class ConsultationModule {
  static forRoot(options: ConsultationOptions): DynamicModule {
    return {
      module: ConsultationModule,
      // Global: the demo seeding and later domains (opinions, consolidation) use the task service and the inbox.
      global: true,
      imports: [AuditModule, OrganizationModule, DraftsModule],
      providers: [
        { provide: CONSULTATION_OPTIONS, useValue: options },
        TaskService,
        NotificationService,
        ReminderService,
        RoleGrantNotifier,
        ConsultationTaskResolver,
        PointTaskFieldsResolver,
        AssignmentFieldsResolver,
        NotificationResolver,
      ],
      exports: [TaskService, NotificationService, ReminderService],
    };
  }
}
