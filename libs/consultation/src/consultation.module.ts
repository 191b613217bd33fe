import { Module } from '@nestjs/common';
import { AuditModule } from '@app/audit';
import { DraftsModule } from '@app/drafts';
import { IdentityModule } from '@app/identity';
import { JobsModule } from '@app/jobs';
import { OrganizationModule } from '@app/organization';
import {
  AssignmentFieldsResolver,
  ConsultationTaskResolver,
  NotificationResolver,
  PointTaskFieldsResolver,
} from './consultation.resolver.js';
import { NotificationService } from './notification.service.js';
import { ReminderScanJob } from './reminder-scan.job.js';
import { ReminderService } from './reminder.service.js';
import { RoleGrantNotifier } from './role-grant-notifier.js';
import { TaskService } from './task.service.js';

/** Consultation tasks, distribution, deadlines and the inbox. Its settings (CONSULTATION_OPTIONS) come from the composition root. */
@Module({
  imports: [AuditModule, IdentityModule, JobsModule, OrganizationModule, DraftsModule],
  providers: [
    TaskService,
    NotificationService,
    ReminderService,
    ReminderScanJob,
    RoleGrantNotifier,
    ConsultationTaskResolver,
    PointTaskFieldsResolver,
    AssignmentFieldsResolver,
    NotificationResolver,
  ],
  exports: [TaskService, NotificationService, ReminderService, ReminderScanJob],
})
export class ConsultationModule {}
