// Chinese names of the API's enum values (the schema's own descriptions).
import type {
  AdoptionOutcome,
  ConsentMethod,
  OpinionChannel,
  OpinionStatus,
  PointTaskState,
  AssigneeType,
  CollectorCategory,
  ExecutivePosition,
  LiaisonUnitType,
  ContactPointKind,
  ContactPointLevel,
  LegislatureLevel,
} from '../gql/graphql';

export const CHANNEL_LABELS: Record<OpinionChannel, string> = {
  VISIT: '走访',
  FORUM: '座谈会',
  COURTYARD_MEETING: '院坝会',
  QUESTIONNAIRE: '问卷',
  DEPUTY_RECEPTION: '代表接待',
  LETTER: '来信',
  ONLINE: '网上征集',
  EXPERT: '专家团队意见',
  OTHER: '其他',
};

export const STATUS_LABELS: Record<OpinionStatus, string> = {
  ACTIVE: '有效',
  OUT_OF_SCOPE: '不予报送',
  WITHDRAWN: '已撤回',
};

export const OUTCOME_LABELS: Record<AdoptionOutcome, string> = {
  ADOPTED: '采纳',
  PARTIALLY_ADOPTED: '部分采纳',
  NOT_ADOPTED: '未采纳',
  UNDER_STUDY: '研究中',
};

export const CONSENT_METHOD_LABELS: Record<ConsentMethod, string> = {
  ORAL: '口头（由采集员记录）',
  WRITTEN: '书面',
  ONLINE: '网上勾选',
};

export const POINT_TASK_STATE_LABELS: Record<PointTaskState, string> = {
  RECEIVED: '已接收',
  DISPATCHED: '已分发',
  COLLECTING: '征集中',
  CONSOLIDATING: '汇总中',
  UNDER_REVIEW: '审核中',
  SUBMITTED: '已报送',
  FEEDBACK_RECEIVED: '已收到采纳反馈',
  ARCHIVED: '已归档',
};

// The table's own status (汇总表状态), not the point's: it is DRAFTING from the first day, while the point may still
// collect, so it reads 编制中 — 汇总中 is the point task's CONSOLIDATING (stopped collecting) on every page.
export const CONSOLIDATION_STATUS_LABELS: Record<import('../gql/graphql').ConsolidationStatus, string> = {
  DRAFTING: '编制中',
  PENDING_APPROVAL: '待审核',
  APPROVED: '已审核',
  SUBMITTED: '已报送',
};

export const CONSOLIDATION_STEP_LABELS: Record<import('../gql/graphql').ConsolidationStepKind, string> = {
  PREPARED: '编制汇总初稿',
  APPROVAL_REQUESTED: '提交审核',
  RETURNED: '退回修改',
  APPROVED: '审核通过',
  SUBMITTED: '报送立法机关',
};

export const DELIVERY_METHOD_LABELS: Record<import('../gql/graphql').DeliveryMethod, string> = {
  PHONE: '电话',
  SMS: '短信',
  IN_PERSON: '当面',
  LETTER: '书面',
  OTHER: '其他',
};

// The 1+1+X structure (apps/web/src/organization).

export const COLLECTOR_CATEGORY_LABELS: Record<CollectorCategory, string> = {
  PEOPLES_DEPUTY: '人大代表',
  CONGRESS_WORKER: '基层人大工作者',
  LAWYER: '律师',
  TOWN_STREET_CADRE: '镇街干部',
  VILLAGE_COMMUNITY_HEAD: '村（社区）负责人',
  PUBLIC_REPRESENTATIVE: '群众代表',
  STUDENT_VOLUNTEER: '学生志愿者',
};

export const UNIT_TYPE_LABELS: Record<LiaisonUnitType, string> = {
  LIAISON_UNIT: '联系单位',
  COLLECTION_POINT: '信息采集点',
};

export const POSITION_LABELS: Record<ExecutivePosition, string> = {
  POINT_HEAD: '点长',
  DEPUTY_HEAD: '副点长',
  LIAISON_OFFICER: '联络员',
};

export const ASSIGNEE_TYPE_LABELS: Record<AssigneeType, string> = {
  EXPERT: '专家',
  LIAISON_UNIT: '联系单位',
  COLLECTOR: '采集员',
};

// Legislatures and contact points (系统管理).
export const LEGISLATURE_LEVEL_LABELS: Record<LegislatureLevel, string> = {
  NATIONAL: '全国人大常委会',
  PROVINCIAL: '省级人大常委会（含直辖市）',
  CITY: '设区的市人大常委会',
};

export const CONTACT_POINT_LEVEL_LABELS: Record<ContactPointLevel, string> = {
  NATIONAL: '国家级',
  PROVINCIAL: '省级',
  CITY: '市级',
};

export const CONTACT_POINT_KIND_LABELS: Record<ContactPointKind, string> = {
  PEOPLES_CONGRESS: '区县人大常委会',
  STREET_TOWN: '街道、乡镇',
  VILLAGE_COMMUNITY: '村、社区',
  UNIVERSITY: '高等院校',
  LAW_FIRM: '律师事务所',
  ENTERPRISE: '企业',
  SOCIAL_ORGANIZATION: '社会组织',
  OTHER: '其他',
};

/** A label table as a Select's options, in the table's order. */
export function optionsOf<T extends string>(labels: Record<T, string>): Array<{ value: T; label: string }> {
  return (Object.entries(labels) as Array<[T, string]>).map(([value, label]) => ({ value, label }));
}
