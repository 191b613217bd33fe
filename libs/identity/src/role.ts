import { registerEnumType } from '@nestjs/graphql';

/** Roles are always bound to an organisation (except SYSTEM_ADMIN): see RoleAssignmentEntity. */
export enum Role {
  SYSTEM_ADMIN = 'SYSTEM_ADMIN',
  LEGISLATURE_STAFF = 'LEGISLATURE_STAFF',
  POINT_HEAD = 'POINT_HEAD',
  DEPUTY_HEAD = 'DEPUTY_HEAD',
  LIAISON_OFFICER = 'LIAISON_OFFICER',
  EXPERT = 'EXPERT',
  UNIT_ADMIN = 'UNIT_ADMIN',
  COLLECTOR = 'COLLECTOR',
}

/** The roles' names as people say them (messages, notices). */
export const ROLE_LABELS: Record<Role, string> = {
  SYSTEM_ADMIN: '系统管理员',
  LEGISLATURE_STAFF: '立法机关工作人员',
  POINT_HEAD: '点长',
  DEPUTY_HEAD: '副点长',
  LIAISON_OFFICER: '联络员',
  EXPERT: '专家',
  UNIT_ADMIN: '单位管理员',
  COLLECTOR: '采集员',
};

registerEnumType(Role, {
  name: 'Role',
  description: '角色',
  valuesMap: {
    SYSTEM_ADMIN: { description: '系统管理员' },
    LEGISLATURE_STAFF: { description: '立法机关工作人员（法制工作委员会）' },
    POINT_HEAD: { description: '点长' },
    DEPUTY_HEAD: { description: '副点长' },
    LIAISON_OFFICER: { description: '联络员' },
    EXPERT: { description: '专家团队成员' },
    UNIT_ADMIN: { description: '联系单位/信息采集点管理员' },
    COLLECTOR: { description: '立法信息采集员' },
  },
});

/** Which organisation a role is bound to. */
export type RoleScope = 'SYSTEM' | 'LEGISLATURE' | 'CONTACT_POINT' | 'LIAISON_UNIT';

export const ROLE_SCOPE: Record<Role, RoleScope> = {
  [Role.SYSTEM_ADMIN]: 'SYSTEM',
  [Role.LEGISLATURE_STAFF]: 'LEGISLATURE',
  [Role.POINT_HEAD]: 'CONTACT_POINT',
  [Role.DEPUTY_HEAD]: 'CONTACT_POINT',
  [Role.LIAISON_OFFICER]: 'CONTACT_POINT',
  [Role.EXPERT]: 'CONTACT_POINT',
  [Role.UNIT_ADMIN]: 'LIAISON_UNIT',
  [Role.COLLECTOR]: 'LIAISON_UNIT',
};

/** The executing body (具体执行机构) of a contact point. */
export const EXECUTING_BODY_ROLES: readonly Role[] = [
  Role.POINT_HEAD,
  Role.DEPUTY_HEAD,
  Role.LIAISON_OFFICER,
];
