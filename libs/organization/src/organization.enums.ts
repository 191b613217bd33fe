import { registerEnumType } from '@nestjs/graphql';

export enum LegislatureLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
}
registerEnumType(LegislatureLevel, {
  name: 'LegislatureLevel',
  description: '立法机关层级',
  valuesMap: {
    NATIONAL: { description: '全国人大常委会' },
    PROVINCIAL: { description: '省级人大常委会（含直辖市）' },
    CITY: { description: '设区的市人大常委会' },
  },
});

/** The level of the legislature that designated the contact point (国家级/省级/市级联系点). */
export enum ContactPointLevel {
  NATIONAL = 'NATIONAL',
  PROVINCIAL = 'PROVINCIAL',
  CITY = 'CITY',
}
registerEnumType(ContactPointLevel, {
  name: 'ContactPointLevel',
  description: '联系点级别',
  valuesMap: {
    NATIONAL: { description: '国家级' },
    PROVINCIAL: { description: '省级' },
    CITY: { description: '市级' },
  },
});

/** What kind of institution hosts the contact point. */
export enum ContactPointKind {
  UNIVERSITY = 'UNIVERSITY',
  STREET_TOWN = 'STREET_TOWN',
  VILLAGE_COMMUNITY = 'VILLAGE_COMMUNITY',
  ENTERPRISE = 'ENTERPRISE',
  LAW_FIRM = 'LAW_FIRM',
  PEOPLES_CONGRESS = 'PEOPLES_CONGRESS',
  SOCIAL_ORGANIZATION = 'SOCIAL_ORGANIZATION',
  OTHER = 'OTHER',
}
registerEnumType(ContactPointKind, {
  name: 'ContactPointKind',
  description: '联系点类型（依托单位性质）',
  valuesMap: {
    UNIVERSITY: { description: '高等院校' },
    STREET_TOWN: { description: '街道、乡镇' },
    VILLAGE_COMMUNITY: { description: '村、社区' },
    ENTERPRISE: { description: '企业' },
    LAW_FIRM: { description: '律师事务所' },
    PEOPLES_CONGRESS: { description: '区县人大常委会' },
    SOCIAL_ORGANIZATION: { description: '社会组织' },
    OTHER: { description: '其他' },
  },
});

export enum ExecutivePosition {
  POINT_HEAD = 'POINT_HEAD',
  DEPUTY_HEAD = 'DEPUTY_HEAD',
  LIAISON_OFFICER = 'LIAISON_OFFICER',
}
registerEnumType(ExecutivePosition, {
  name: 'ExecutivePosition',
  description: '具体执行机构中的职务',
  valuesMap: {
    POINT_HEAD: { description: '点长' },
    DEPUTY_HEAD: { description: '副点长' },
    LIAISON_OFFICER: { description: '联络员' },
  },
});

export enum LiaisonUnitType {
  LIAISON_UNIT = 'LIAISON_UNIT',
  COLLECTION_POINT = 'COLLECTION_POINT',
}
registerEnumType(LiaisonUnitType, {
  name: 'LiaisonUnitType',
  description: '联系单位或信息采集点',
  valuesMap: {
    LIAISON_UNIT: { description: '联系单位' },
    COLLECTION_POINT: { description: '信息采集点' },
  },
});

/** Who the information collectors are (brief: "the users and their 1+1+X structure"). */
export enum CollectorCategory {
  PEOPLES_DEPUTY = 'PEOPLES_DEPUTY',
  CONGRESS_WORKER = 'CONGRESS_WORKER',
  LAWYER = 'LAWYER',
  TOWN_STREET_CADRE = 'TOWN_STREET_CADRE',
  VILLAGE_COMMUNITY_HEAD = 'VILLAGE_COMMUNITY_HEAD',
  PUBLIC_REPRESENTATIVE = 'PUBLIC_REPRESENTATIVE',
  STUDENT_VOLUNTEER = 'STUDENT_VOLUNTEER',
}
registerEnumType(CollectorCategory, {
  name: 'CollectorCategory',
  description: '立法信息采集员类别',
  valuesMap: {
    PEOPLES_DEPUTY: { description: '人大代表' },
    CONGRESS_WORKER: { description: '基层人大工作者' },
    LAWYER: { description: '律师' },
    TOWN_STREET_CADRE: { description: '镇街干部' },
    VILLAGE_COMMUNITY_HEAD: { description: '村（社区）负责人' },
    PUBLIC_REPRESENTATIVE: { description: '群众代表' },
    STUDENT_VOLUNTEER: { description: '学生志愿者' },
  },
});

/**
 * Why a role may not be granted or revoked (beside the error's reason GRANT_FORBIDDEN, as `extensions.grantRefusal`;
 * and on the 组织 page, which offers only what the caller may do).
 */
export enum GrantRefusal {
  SELF_GRANT = 'SELF_GRANT',
  NOT_GRANTABLE = 'NOT_GRANTABLE',
  POINT_HAS_HEAD = 'POINT_HAS_HEAD',
  POINT_HEAD_EXISTS = 'POINT_HEAD_EXISTS',
  /** The point is switched off (停用): nobody new there (the API answers CONTACT_POINT_INACTIVE). */
  POINT_INACTIVE = 'POINT_INACTIVE',
}
registerEnumType(GrantRefusal, {
  name: 'GrantRefusal',
  description: '不能授予或收回角色的原因',
  valuesMap: {
    SELF_GRANT: { description: '不能为自己的账号授予或收回角色' },
    NOT_GRANTABLE: { description: '该角色不在您可授予的范围内' },
    POINT_HAS_HEAD: { description: '联系点已有在任点长：副点长和联络员由点长授予' },
    POINT_HEAD_EXISTS: { description: '联系点已有在任点长：请先停用原点长的账号' },
    POINT_INACTIVE: { description: '联系点已停用：不能开通账号或增加人员' },
  },
});
