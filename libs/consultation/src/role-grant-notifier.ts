import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ROLE_LABELS } from '@app/identity';
import { OrganizationService } from '@app/organization';
import { NotificationKind } from './consultation.enums.js';
import { NotificationService } from './notification.service.js';

/** Tells a point's head of every role granted at the point, in the inbox, inside the granting transaction. */
@Injectable()
export class RoleGrantNotifier implements OnModuleInit {
  constructor(
    private readonly organization: OrganizationService,
    private readonly notifications: NotificationService,
  ) {}

  onModuleInit(): void {
    this.organization.onRoleGranted((em, notice) =>
      this.notifications.notify(em, notice.recipientAccountIds, {
        kind: NotificationKind.ROLE_GRANTED,
        title: `${notice.contactPointName}新开通了${ROLE_LABELS[notice.role]}账号`,
        body: `${notice.grantedBy}为“${notice.account.displayName}”（用户名 ${notice.account.username}）开通了${ROLE_LABELS[notice.role]}账号。如非本联系点的安排，请立即停用该账号并联系系统管理员。`,
        eventKey: `role-granted:${notice.account.id}:${notice.role}:${notice.contactPointId}`,
      }),
    );
  }
}
