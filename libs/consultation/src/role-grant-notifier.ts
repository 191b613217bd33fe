import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ROLE_LABELS } from '@app/identity';
import { OrganizationService } from '@app/organization';
import { NotificationKind } from './consultation.enums.js';
import { NotificationService } from './notification.service.js';

/**
 * Tells a point's head of every role granted at the point, and an account's owner of a reset of its password, in the
 * inbox, inside the granting (resetting) transaction.
 */
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
    this.organization.onPasswordReset((em, notice) =>
      this.notifications.notify(em, [notice.accountId], {
        kind: NotificationKind.PASSWORD_RESET,
        title: '您的登录密码已被重置',
        body: `${notice.resetBy}为您的账号设置了临时密码，此前在各设备上的登录已全部退出。请用临时密码登录后立即在“修改密码”中换成只有您自己知道的密码；如您没有请求重置，请立即联系点长或系统管理员。`,
        eventKey: `password-reset:${notice.accountId}:${notice.at.getTime()}`,
        at: notice.at,
      }),
    );
  }
}
