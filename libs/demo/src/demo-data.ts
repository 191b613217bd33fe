import {
  CollectorCategory,
  ContactPointKind,
  ContactPointLevel,
  ExecutivePosition,
  LegislatureLevel,
  LiaisonUnitType,
} from '@app/organization';

/**
 * The demo organisation, after the Beibei report (../shared/domain/beibei-npc-2022-report.txt): the Chongqing
 * legislature and the Southwest University contact point with its "1+1+X" structure. Institutions are the real ones the
 * report names; every person is invented for the demo, and the six units the report does not name are marked （演示）.
 */
export const DEMO_PASSWORD = 'demo-password';

export const DEMO_LEGISLATURE = {
  name: '重庆市人民代表大会常务委员会',
  region: '重庆市',
  level: LegislatureLevel.PROVINCIAL,
  commission: '法制工作委员会',
};

export const DEMO_POINT = {
  name: '西南大学国家治理学院基层立法联系点',
  hostInstitution: '西南大学国家治理学院',
  level: ContactPointLevel.PROVINCIAL,
  kind: ContactPointKind.UNIVERSITY,
  designatedOn: '2022-03-01',
  address: '重庆市北碚区天生路2号',
};

/** A second point of the same legislature, so that lists and access rules have something to tell apart. */
export const DEMO_OTHER_POINT = {
  name: '（演示）北碚区天生街道基层立法联系点',
  hostInstitution: '（演示）北碚区天生街道办事处',
  level: ContactPointLevel.PROVINCIAL,
  kind: ContactPointKind.STREET_TOWN,
  designatedOn: '2023-06-15',
  address: '重庆市北碚区天生街道',
};

type DemoExecutive = {
  name: string;
  position: ExecutivePosition;
  jobTitle: string;
  phone: string;
  account?: string;
};
type DemoExpert = { name: string; discipline: string; affiliation: string; title: string; account?: string };

export const DEMO_EXECUTIVES: DemoExecutive[] = [
  {
    name: '李国华',
    position: ExecutivePosition.POINT_HEAD,
    jobTitle: '国家治理学院党委书记（演示）',
    phone: '13900000001',
    account: 'head',
  },
  {
    name: '王晓红',
    position: ExecutivePosition.DEPUTY_HEAD,
    jobTitle: '国家治理学院副院长（演示）',
    phone: '13900000002',
    account: 'deputy',
  },
  {
    name: '陈立新',
    position: ExecutivePosition.DEPUTY_HEAD,
    jobTitle: '北碚区人大常委会研究室主任（演示）',
    phone: '13900000003',
  },
  {
    name: '刘洋',
    position: ExecutivePosition.LIAISON_OFFICER,
    jobTitle: '国家治理学院办公室（演示）',
    phone: '13900000004',
    account: 'liaison',
  },
];

export const DEMO_EXPERTS: DemoExpert[] = [
  {
    name: '赵志强',
    discipline: '宪法学与行政法学',
    affiliation: '西南大学法学院',
    title: '教授',
    account: 'expert',
  },
  { name: '孙丽', discipline: '基层治理', affiliation: '西南大学国家治理学院', title: '副教授' },
  {
    name: '周文博',
    discipline: '人大制度',
    affiliation: '北碚区地方人大工作理论与实践研究中心',
    title: '研究员',
  },
  { name: '吴敏', discipline: '民商法学', affiliation: '西南大学法学院', title: '副教授' },
  { name: '郑凯', discipline: '环境与资源保护法学', affiliation: '西南大学国家治理学院', title: '讲师' },
  { name: '黄蕾', discipline: '社会保障', affiliation: '西南大学国家治理学院', title: '教授' },
];

type DemoCollector = { name: string; category: CollectorCategory; phone?: string; account?: string };

export const DEMO_UNITS: Array<{
  name: string;
  type: LiaisonUnitType;
  address: string;
  contactPerson: string;
  contactPhone: string;
  adminAccount?: string;
  collectors: DemoCollector[];
}> = [
  {
    name: '北碚区总工会',
    type: LiaisonUnitType.LIAISON_UNIT,
    address: '重庆市北碚区碚峡路',
    contactPerson: '何静',
    contactPhone: '023-68000001',
    adminAccount: 'unit',
    collectors: [
      {
        name: '杨帆',
        category: CollectorCategory.CONGRESS_WORKER,
        phone: '13800000011',
        account: 'collector',
      },
      { name: '许建国', category: CollectorCategory.PEOPLES_DEPUTY, phone: '13800000012' },
    ],
  },
  {
    name: '施家梁镇',
    type: LiaisonUnitType.COLLECTION_POINT,
    address: '重庆市北碚区施家梁镇',
    contactPerson: '罗小平',
    contactPhone: '023-68000002',
    collectors: [
      { name: '邓永红', category: CollectorCategory.TOWN_STREET_CADRE, phone: '13800000021' },
      { name: '冯德明', category: CollectorCategory.VILLAGE_COMMUNITY_HEAD, phone: '13800000022' },
    ],
  },
  {
    name: '重庆缙云律师事务所',
    type: LiaisonUnitType.LIAISON_UNIT,
    address: '重庆市北碚区',
    contactPerson: '唐晓峰',
    contactPhone: '023-68000003',
    collectors: [{ name: '唐晓峰', category: CollectorCategory.LAWYER, phone: '13800000031' }],
  },
  {
    name: '（演示）天生街道天生社区',
    type: LiaisonUnitType.COLLECTION_POINT,
    address: '重庆市北碚区天生街道',
    contactPerson: '曾丽华',
    contactPhone: '023-68000004',
    collectors: [
      { name: '曾丽华', category: CollectorCategory.VILLAGE_COMMUNITY_HEAD },
      { name: '胡大伟', category: CollectorCategory.PUBLIC_REPRESENTATIVE },
    ],
  },
  {
    name: '（演示）北碚区妇女联合会',
    type: LiaisonUnitType.LIAISON_UNIT,
    address: '重庆市北碚区',
    contactPerson: '林芳',
    contactPhone: '023-68000005',
    collectors: [{ name: '林芳', category: CollectorCategory.CONGRESS_WORKER }],
  },
  {
    name: '（演示）北碚区工商业联合会',
    type: LiaisonUnitType.LIAISON_UNIT,
    address: '重庆市北碚区',
    contactPerson: '谢志勇',
    contactPhone: '023-68000006',
    collectors: [{ name: '谢志勇', category: CollectorCategory.PEOPLES_DEPUTY }],
  },
  {
    name: '（演示）西南大学学生志愿服务队',
    type: LiaisonUnitType.COLLECTION_POINT,
    address: '重庆市北碚区天生路2号',
    contactPerson: '马骁',
    contactPhone: '023-68000007',
    collectors: [
      { name: '马骁', category: CollectorCategory.STUDENT_VOLUNTEER },
      { name: '韩雪', category: CollectorCategory.STUDENT_VOLUNTEER },
      { name: '秦朗', category: CollectorCategory.STUDENT_VOLUNTEER },
    ],
  },
  {
    name: '（演示）歇马街道',
    type: LiaisonUnitType.COLLECTION_POINT,
    address: '重庆市北碚区歇马街道',
    contactPerson: '袁春梅',
    contactPhone: '023-68000008',
    collectors: [{ name: '袁春梅', category: CollectorCategory.TOWN_STREET_CADRE }],
  },
  {
    name: '（演示）静观镇素心村',
    type: LiaisonUnitType.COLLECTION_POINT,
    address: '重庆市北碚区静观镇',
    contactPerson: '潘金龙',
    contactPhone: '023-68000009',
    collectors: [{ name: '潘金龙', category: CollectorCategory.VILLAGE_COMMUNITY_HEAD }],
  },
];
