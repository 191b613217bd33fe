// 组织 (/organization): the signed-in executing body's point as one page — the executing body, the expert team, the
// liaison units and collection points, and each unit's collectors (collapsed per unit, so nine units and dozens of
// collectors stay readable on a phone). The head and the liaison officer add, edit and deactivate people and give them
// accounts; a deputy head reads. The API decides who may do what; the page only hides what the role cannot do.
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Collapse,
  Empty,
  Popconfirm,
  Select,
  Skeleton,
  Space,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../common/api-errors';
import { COLLECTOR_CATEGORY_LABELS, POSITION_LABELS, UNIT_TYPE_LABELS, optionsOf } from '../common/labels';
import type {
  CollectorCategory,
  CollectorFieldsFragment,
  ExecutiveMemberFieldsFragment,
  ExecutivePosition,
  LiaisonUnitFieldsFragment,
  LiaisonUnitType,
  PointStructureQuery,
  Role,
} from '../gql/graphql';
import { contactPointOf, isLegislatureStaff, isSystemAdmin } from '../identity/roles';
import { PASSWORD_HINT } from '../identity/password-rule';
import { useSession } from '../identity/use-session';
import {
  AddCollectorDocument,
  AddExecutiveMemberDocument,
  AddExpertDocument,
  AddLiaisonUnitDocument,
  AdminContactPointsDocument,
  CreateAccountDocument,
  PointStructureDocument,
  ResetAccountPasswordDocument,
  UpdateCollectorDocument,
  UpdateExecutiveMemberDocument,
  UpdateExpertDocument,
  UpdateLiaisonUnitDocument,
} from './organization.operations';
import './organization.css';
import { Line } from './org-line';
import { RecordFormModal, type FieldSpec, type FormValues } from './record-form-modal';

type Point = NonNullable<PointStructureQuery['contactPoint']>;
type Expert = Point['experts']['edges'][number]['node'];

const options = optionsOf;

const PHONE_FIELD: FieldSpec = { name: 'phone', label: '联系电话', help: '手机或座机号码，可不填' };

/** A member's fields; `positions`: the 职务 that may be chosen (an edit offers only those the caller may change to). */
const memberFields = (
  positions: ExecutivePosition[] = Object.keys(POSITION_LABELS) as ExecutivePosition[],
) => [
  { name: 'name', label: '姓名', required: true },
  {
    name: 'position',
    label: '职务',
    kind: 'select' as const,
    options: positions.map((value) => ({ value, label: POSITION_LABELS[value] })),
    required: true,
  },
  { name: 'jobTitle', label: '本人职务', placeholder: '例如 学院副院长' },
  PHONE_FIELD,
];
const EXPERT_FIELDS: FieldSpec[] = [
  { name: 'name', label: '姓名', required: true },
  { name: 'discipline', label: '学科或专业领域', required: true },
  { name: 'affiliation', label: '工作单位', required: true },
  { name: 'title', label: '职称' },
  PHONE_FIELD,
];
const UNIT_FIELDS: FieldSpec[] = [
  { name: 'name', label: '单位名称', required: true },
  { name: 'type', label: '单位类型', kind: 'select', options: options(UNIT_TYPE_LABELS), required: true },
  { name: 'address', label: '地址' },
  { name: 'contactPerson', label: '联系人' },
  { name: 'contactPhone', label: '联系电话', help: '可不填' },
];
const COLLECTOR_FIELDS: FieldSpec[] = [
  { name: 'name', label: '姓名', required: true },
  {
    name: 'category',
    label: '采集员类别',
    kind: 'select',
    options: options(COLLECTOR_CATEGORY_LABELS),
    required: true,
  },
  PHONE_FIELD,
];
const ACCOUNT_FIELDS: FieldSpec[] = [
  { name: 'username', label: '用户名', required: true, help: '小写字母、数字和 . _ -，3 到 64 个字符' },
  {
    name: 'password',
    label: '初始密码',
    kind: 'password',
    required: true,
    help: `${PASSWORD_HINT}。请告知本人登录后在“修改密码”中修改`,
  },
  { name: 'displayName', label: '显示名称', required: true },
];

const RESET_FIELDS: FieldSpec[] = [
  {
    name: 'password',
    label: '临时密码',
    kind: 'password',
    required: true,
    help: `${PASSWORD_HINT}。重置后该账号在所有设备上的登录随即退出；请把临时密码当面或电话告知本人，并请其登录后立即在“修改密码”中换成只有自己知道的密码`,
  },
];

/** Empty optional fields are left out (an add) or sent empty to clear them (an edit). */
function clean(values: FormValues, keepEmpty: boolean): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) {
    const text = typeof v === 'string' ? v.trim() : v;
    if (text || keepEmpty) out[k] = text ?? '';
  }
  return out;
}

interface Dialog {
  title: string;
  fields: FieldSpec[];
  initialValues?: FormValues;
  okText?: string;
  submit: (values: FormValues) => Promise<unknown>;
}

export default function OrganizationPage() {
  const { session } = useSession();
  const { message } = App.useApp();
  // The administrator belongs to no point: the point comes from ?point= (首页's list), else the first one.
  const admin = isSystemAdmin(session);
  const [params, setParams] = useSearchParams();
  // Asked again on each visit: 系统管理 may just have set up the point this page is opened for.
  const adminPoints = useQuery(AdminContactPointsDocument, {
    skip: !admin,
    fetchPolicy: 'cache-and-network',
  });
  const choices = adminPoints.data?.contactPoints.edges.map((e) => e.node) ?? [];
  // The legislature's staff read the structure of their own legislature's points, opened from 联系点 (?point=); they
  // change none of it (the API: canManagePointStructure, grantRefusal).
  const staff = !admin && isLegislatureStaff(session);
  const pointId =
    contactPointOf(session) ??
    (admin ? (params.get('point') ?? choices[0]?.id ?? '') : staff ? (params.get('point') ?? '') : '');
  const structure = useQuery(PointStructureDocument, { variables: { id: pointId }, skip: !pointId });
  const refetch = { refetchQueries: [PointStructureDocument], awaitRefetchQueries: true };
  const [addMember] = useMutation(AddExecutiveMemberDocument, refetch);
  const [updateMember] = useMutation(UpdateExecutiveMemberDocument, refetch);
  const [addExpert] = useMutation(AddExpertDocument, refetch);
  const [updateExpert] = useMutation(UpdateExpertDocument, refetch);
  const [addUnit] = useMutation(AddLiaisonUnitDocument, refetch);
  const [updateUnit] = useMutation(UpdateLiaisonUnitDocument, refetch);
  const [addCollector] = useMutation(AddCollectorDocument, refetch);
  const [updateCollector] = useMutation(UpdateCollectorDocument, refetch);
  const [createAccount] = useMutation(CreateAccountDocument, refetch);
  const [resetPassword] = useMutation(ResetAccountPasswordDocument);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [showInactive, setShowInactive] = useState(false);

  const myRoles = useMemo(
    () =>
      new Set(session?.account.roles.filter((r) => r.contactPointId === pointId).map((r) => r.role) ?? []),
    [session, pointId],
  );
  const isHead = myRoles.has('POINT_HEAD');
  const canManage = isHead || myRoles.has('LIAISON_OFFICER') || admin;
  // Which roles this person may grant or take away here: the API's own rule (ContactPoint.grantOptions, from
  // libs/organization's grantRefusal), so the page offers exactly what the server allows and says why not.
  const grantOptions = new Map(
    (structure.data?.contactPoint?.grantOptions ?? []).map((option) => [option.role, option]),
  );
  const mayGrant = (role: Role) => grantOptions.get(role)?.grantable ?? false;
  const mayRevoke = (role: Role) => grantOptions.get(role)?.revocable ?? false;
  const addablePositions = (Object.keys(POSITION_LABELS) as ExecutivePosition[]).filter((p) => mayGrant(p));
  // Setting someone's password is granting their role again (the API's passwordResetRefusal); the head's own account
  // is the point's head, so for 点长 it is whoever may take that role away (an administrator).
  const mayReset = (role: Role) => (role === 'POINT_HEAD' ? mayRevoke(role) : mayGrant(role));

  const act = async (work: Promise<unknown>, done: string) => {
    try {
      await work;
      void message.success(done);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const accountDialog = (name: string, role: Role, organizationId: string, memberId?: string): Dialog => ({
    title: `为${name}开通账号`,
    fields: ACCOUNT_FIELDS,
    initialValues: { displayName: name },
    okText: '开通',
    submit: (v) =>
      createAccount({
        variables: {
          input: {
            username: v.username?.trim() ?? '',
            password: v.password ?? '',
            displayName: v.displayName?.trim() ?? '',
            role,
            organizationId,
            ...(memberId ? { memberId } : {}),
          },
        },
      }),
  });

  /** 重置密码 for a row whose person has an active account the caller may manage, never the caller's own. */
  const resetButton = (name: string, accountId: string | null | undefined, role: Role, active = true) =>
    accountId && active && accountId !== session?.account.id && mayReset(role) ? (
      <Button
        size="small"
        aria-label={`重置密码（${name}）`}
        onClick={() =>
          setDialog({
            title: `重置${name}的密码`,
            fields: RESET_FIELDS,
            okText: '重置',
            submit: (v) => resetPassword({ variables: { input: { accountId, password: v.password ?? '' } } }),
          })
        }
      >
        重置密码
      </Button>
    ) : null;

  const deactivate = (name: string, onConfirm: () => Promise<unknown>, what = '停用') => (
    <Popconfirm
      title={`${what}${name}？`}
      description={what === '停用' ? '不删除，历史记录保留；关联的账号随之不能登录。' : undefined}
      okText={what}
      cancelText="取消"
      onConfirm={() => act(onConfirm(), `已${what}${name}`)}
    >
      <Button size="small" danger={what === '停用'}>
        {what}
      </Button>
    </Popconfirm>
  );

  if (admin && adminPoints.loading && !adminPoints.data) return <Skeleton active />;
  if (!pointId)
    return (
      <Alert
        type="info"
        showIcon
        title={
          admin
            ? '尚未设立联系点'
            : staff
              ? '请在“联系点”中选择一个联系点，查看它的组织'
              : '您不属于任何联系点的具体执行机构'
        }
      />
    );
  if (structure.error && !structure.data)
    return <Alert type="error" showIcon title={errorMessage(structure.error)} />;
  const point = structure.data?.contactPoint;
  if (!point) return <Skeleton active />;

  const members = [
    ...(point.executingBody.pointHead ? [point.executingBody.pointHead] : []),
    ...point.executingBody.deputyHeads,
    ...point.executingBody.liaisonOfficers,
  ];
  const experts = point.experts.edges.map((e) => e.node).filter((e) => showInactive || e.active);
  const units = point.liaisonUnits.edges.map((e) => e.node).filter((u) => showInactive || u.active);
  const activeCollectors = point.liaisonUnits.edges.reduce(
    (n, e) => n + e.node.collectors.edges.filter((c) => c.node.active).length,
    0,
  );

  // Why the caller opens no accounts for deputy heads and liaison officers here (an administrator at a point that has
  // its head: ask the head; a liaison officer: the head's to grant), in the API's words where it gives them.
  const deputyOption = grantOptions.get('DEPUTY_HEAD');
  const staffingNote =
    !deputyOption || deputyOption.grantable || deputyOption.refusal === 'POINT_INACTIVE'
      ? null
      : deputyOption.refusal === 'POINT_HAS_HEAD'
        ? deputyOption.message
        : '副点长和联络员的账号由点长开通，点长由系统管理员任命。';

  // The signed-in person's own row: no 停用 (the API refuses it too, CANNOT_DEACTIVATE_SELF).
  const isMe = (accountId: string | null | undefined) => !!accountId && accountId === session?.account.id;
  const memberLine = (m: ExecutiveMemberFieldsFragment) => (
    <Line
      key={m.id}
      title={m.name}
      tags={
        <>
          <Tag color="blue">{POSITION_LABELS[m.position]}</Tag>
          {isMe(m.accountId) && <Tag>本人</Tag>}
        </>
      }
      detail={[m.jobTitle, m.phone, m.accountId ? '已有账号' : null].filter(Boolean).join(' · ')}
      actions={
        canManage && (
          <>
            <Button
              size="small"
              aria-label={`修改${m.name}`}
              onClick={() =>
                setDialog({
                  title: `修改${m.name}`,
                  // Another 职务 takes the old role away and grants the new one; nobody changes their own.
                  fields: memberFields(
                    isMe(m.accountId) || !mayRevoke(m.position)
                      ? [m.position]
                      : (Object.keys(POSITION_LABELS) as ExecutivePosition[]).filter(
                          (p) => p === m.position || mayGrant(p),
                        ),
                  ),
                  initialValues: {
                    name: m.name,
                    position: m.position,
                    jobTitle: m.jobTitle ?? '',
                    phone: m.phone ?? '',
                  },
                  submit: (v) =>
                    updateMember({
                      variables: {
                        input: {
                          id: m.id,
                          ...clean(v, true),
                          position: v.position as ExecutivePosition,
                        },
                      },
                    }),
                })
              }
            >
              修改
            </Button>
            {!m.accountId && mayGrant(m.position) && (
              <Button
                size="small"
                onClick={() => setDialog(accountDialog(m.name, m.position, point.id, m.id))}
              >
                开通账号
              </Button>
            )}
            {resetButton(m.name, m.accountId, m.position)}
            {/* Switching a member of the executing body off is for whoever may take that position away (the API's
                standingRefusal): the head for deputies and liaison officers, an administrator for anyone. */}
            {!isMe(m.accountId) &&
              mayRevoke(m.position) &&
              deactivate(m.name, () => updateMember({ variables: { input: { id: m.id, active: false } } }))}
          </>
        )
      }
    />
  );

  const expertLine = (e: Expert) => (
    <Line
      key={e.id}
      title={e.name}
      inactive={!e.active}
      tags={e.title ? <Tag>{e.title}</Tag> : undefined}
      detail={[e.discipline, e.affiliation, e.phone, e.accountId ? '已有账号' : null]
        .filter(Boolean)
        .join(' · ')}
      actions={
        canManage && (
          <>
            <Button
              size="small"
              aria-label={`修改${e.name}`}
              onClick={() =>
                setDialog({
                  title: `修改专家 ${e.name}`,
                  fields: EXPERT_FIELDS,
                  initialValues: {
                    name: e.name,
                    discipline: e.discipline,
                    affiliation: e.affiliation,
                    title: e.title ?? '',
                    phone: e.phone ?? '',
                  },
                  submit: (v) => updateExpert({ variables: { input: { id: e.id, ...clean(v, true) } } }),
                })
              }
            >
              修改
            </Button>
            {e.active && !e.accountId && mayGrant('EXPERT') && (
              <Button size="small" onClick={() => setDialog(accountDialog(e.name, 'EXPERT', point.id, e.id))}>
                开通账号
              </Button>
            )}
            {resetButton(e.name, e.accountId, 'EXPERT', e.active)}
            {isMe(e.accountId)
              ? null
              : e.active
                ? mayRevoke('EXPERT') &&
                  deactivate(e.name, () =>
                    updateExpert({ variables: { input: { id: e.id, active: false } } }),
                  )
                : mayGrant('EXPERT') &&
                  deactivate(
                    e.name,
                    () => updateExpert({ variables: { input: { id: e.id, active: true } } }),
                    '重新启用',
                  )}
          </>
        )
      }
    />
  );

  const collectorLine = (c: CollectorFieldsFragment) => (
    <Line
      key={c.id}
      title={c.name}
      inactive={!c.active}
      tags={<Tag>{COLLECTOR_CATEGORY_LABELS[c.category]}</Tag>}
      detail={[
        c.phone,
        c.active ? `${c.activeFrom} 起` : `${c.activeFrom} 至 ${c.activeUntil ?? ''}`,
        c.accountId ? '已有账号' : '无账号',
      ]
        .filter(Boolean)
        .join(' · ')}
      actions={
        canManage && (
          <>
            <Button
              size="small"
              aria-label={`修改${c.name}`}
              onClick={() =>
                setDialog({
                  title: `修改采集员 ${c.name}`,
                  fields: [
                    ...COLLECTOR_FIELDS,
                    {
                      name: 'liaisonUnitId',
                      label: '所在单位',
                      kind: 'select',
                      options: point.liaisonUnits.edges
                        .filter((u) => u.node.active)
                        .map((u) => ({ value: u.node.id, label: u.node.name })),
                      required: true,
                    },
                  ],
                  initialValues: {
                    name: c.name,
                    category: c.category,
                    phone: c.phone ?? '',
                    liaisonUnitId: c.liaisonUnitId,
                  },
                  submit: (v) =>
                    updateCollector({
                      variables: {
                        input: { id: c.id, ...clean(v, true), category: v.category as CollectorCategory },
                      },
                    }),
                })
              }
            >
              修改
            </Button>
            {c.active && !c.accountId && mayGrant('COLLECTOR') && (
              <Button
                size="small"
                onClick={() => setDialog(accountDialog(c.name, 'COLLECTOR', c.liaisonUnitId, c.id))}
              >
                开通账号
              </Button>
            )}
            {resetButton(c.name, c.accountId, 'COLLECTOR', c.active)}
            {isMe(c.accountId)
              ? null
              : c.active
                ? mayRevoke('COLLECTOR') &&
                  deactivate(c.name, () =>
                    updateCollector({ variables: { input: { id: c.id, active: false } } }),
                  )
                : mayGrant('COLLECTOR') &&
                  deactivate(
                    c.name,
                    () => updateCollector({ variables: { input: { id: c.id, active: true } } }),
                    '重新启用',
                  )}
          </>
        )
      }
    />
  );

  const unitPanel = (
    u: LiaisonUnitFieldsFragment & {
      collectors: Point['liaisonUnits']['edges'][number]['node']['collectors'];
    },
  ) => {
    const collectors = u.collectors.edges.map((e) => e.node);
    const shown = collectors.filter((c) => showInactive || c.active);
    const active = collectors.filter((c) => c.active).length;
    return {
      key: u.id,
      label: (
        <Space size={[6, 2]} wrap>
          <span style={{ fontWeight: 600 }}>{u.name}</span>
          <Tag>{UNIT_TYPE_LABELS[u.type]}</Tag>
          <span>采集员 {active} 人</span>
          {!u.active && <Tag>已停用</Tag>}
        </Space>
      ),
      children: (
        <Space direction="vertical" size="small" style={{ width: '100%' }}>
          <Typography.Text type="secondary" style={{ fontSize: 14, overflowWrap: 'anywhere' }}>
            {[u.address, u.contactPerson && `联系人 ${u.contactPerson}`, u.contactPhone]
              .filter(Boolean)
              .join(' · ') || '未登记地址和联系人'}
          </Typography.Text>
          {canManage && (
            <Space size={[4, 4]} wrap>
              {u.active && point.active && (
                <Button
                  size="small"
                  type="primary"
                  onClick={() =>
                    setDialog({
                      title: `为${u.name}增加采集员`,
                      fields: COLLECTOR_FIELDS,
                      okText: '增加',
                      submit: (v) =>
                        addCollector({
                          variables: {
                            input: {
                              liaisonUnitId: u.id,
                              name: v.name?.trim() ?? '',
                              category: v.category as CollectorCategory,
                              ...clean({ phone: v.phone }, false),
                            },
                          },
                        }),
                    })
                  }
                >
                  增加采集员
                </Button>
              )}
              <Button
                size="small"
                aria-label={`修改单位${u.name}`}
                onClick={() =>
                  setDialog({
                    title: `修改${u.name}`,
                    fields: UNIT_FIELDS,
                    initialValues: {
                      name: u.name,
                      type: u.type,
                      address: u.address ?? '',
                      contactPerson: u.contactPerson ?? '',
                      contactPhone: u.contactPhone ?? '',
                    },
                    submit: (v) =>
                      updateUnit({
                        variables: {
                          input: { id: u.id, ...clean(v, true), type: v.type as LiaisonUnitType },
                        },
                      }),
                  })
                }
              >
                修改单位
              </Button>
              {u.active && mayGrant('UNIT_ADMIN') && (
                <Button
                  size="small"
                  onClick={() => setDialog(accountDialog(`${u.name}管理员`, 'UNIT_ADMIN', u.id))}
                >
                  开通单位管理员账号
                </Button>
              )}
              {u.active
                ? deactivate(u.name, () => updateUnit({ variables: { input: { id: u.id, active: false } } }))
                : deactivate(
                    u.name,
                    () => updateUnit({ variables: { input: { id: u.id, active: true } } }),
                    '重新启用',
                  )}
            </Space>
          )}
          {u.collectors.totalCount > collectors.length && (
            <Typography.Text type="secondary">
              共 {u.collectors.totalCount} 人，这里列出前 {collectors.length} 人
            </Typography.Text>
          )}
          {shown.length ? (
            <div role="list" aria-label={`${u.name}的采集员`}>
              {shown.map((c) => (
                <div role="listitem" key={c.id}>
                  {collectorLine(c)}
                </div>
              ))}
            </div>
          ) : (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="暂无在任采集员" />
          )}
        </Space>
      ),
    };
  };

  const heading = (text: string, count?: string) => (
    <h2 style={{ fontSize: 18, margin: 0 }}>
      {text}
      {count && <span style={{ fontWeight: 400, fontSize: 15, marginLeft: 8 }}>{count}</span>}
    </h2>
  );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
          组织架构（1+1+X）
        </Typography.Title>
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>
          {point.name}：1 个具体执行机构、1 个专家团队（
          {point.experts.edges.filter((e) => e.node.active).length} 人）、
          {
            point.liaisonUnits.edges.filter((e) => e.node.active).length
          } 个联系单位和信息采集点，在任采集员 {activeCollectors} 人。
        </Typography.Paragraph>
      </div>
      {admin && choices.length > 0 && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' }}>
          <label htmlFor="admin-point">联系点</label>
          {/* Shrinks to the screen on a phone (the names are long). */}
          <Select
            id="admin-point"
            style={{ flex: '1 1 240px', minWidth: 0, maxWidth: 560 }}
            value={pointId}
            onChange={(id: string) => setParams({ point: id })}
            options={[
              ...choices.map((p) => ({ value: p.id, label: `${p.name}（${p.legislature.name}）` })),
              // The chooser holds the first 100 points; one opened from 系统管理's longer list is named all the same.
              ...(choices.some((p) => p.id === point.id) ? [] : [{ value: point.id, label: point.name }]),
            ]}
          />
        </div>
      )}
      {!point.active && (
        <Alert
          type="warning"
          showIcon
          data-testid="point-switched-off"
          title="本联系点已停用：不再接收意见，也不能增加人员、联系单位或开通账号；已有的人员仍可停用。如需恢复，请系统管理员先启用本联系点。"
        />
      )}
      {staff && !canManage && (
        <Alert
          type="info"
          showIcon
          title="点长由系统管理员任命，副点长、联络员、专家、联系单位和采集员由该联系点组建；立法机关工作人员在此查看。"
        />
      )}
      <Space>
        <Switch checked={showInactive} onChange={setShowInactive} id="show-inactive" />
        <label htmlFor="show-inactive">显示已停用的人员和单位</label>
      </Space>

      <Card
        title={heading('具体执行机构', `${members.length} 人`)}
        extra={
          canManage &&
          addablePositions.length > 0 && (
            <Button
              size="small"
              onClick={() =>
                setDialog({
                  title: '增加执行机构成员',
                  // Only the 职务 the caller may grant here, as the API adds them (a liaison officer adds none).
                  fields: memberFields(addablePositions),
                  okText: '增加',
                  submit: (v) =>
                    addMember({
                      variables: {
                        input: {
                          contactPointId: point.id,
                          name: v.name?.trim() ?? '',
                          position: v.position as ExecutivePosition,
                          ...clean({ jobTitle: v.jobTitle, phone: v.phone }, false),
                        },
                      },
                    }),
                })
              }
            >
              增加成员
            </Button>
          )
        }
      >
        {canManage && staffingNote && (
          <Alert type="info" showIcon style={{ marginBottom: 8 }} title={staffingNote} />
        )}
        {members.map(memberLine)}
      </Card>

      <Card
        title={heading('专家团队', `${point.experts.edges.filter((e) => e.node.active).length} 人`)}
        extra={
          canManage &&
          point.active && (
            <Button
              size="small"
              onClick={() =>
                setDialog({
                  title: '增加专家',
                  fields: EXPERT_FIELDS,
                  okText: '增加',
                  submit: (v) =>
                    addExpert({
                      variables: {
                        input: {
                          contactPointId: point.id,
                          name: v.name?.trim() ?? '',
                          discipline: v.discipline?.trim() ?? '',
                          affiliation: v.affiliation?.trim() ?? '',
                          ...clean({ title: v.title, phone: v.phone }, false),
                        },
                      },
                    }),
                })
              }
            >
              增加专家
            </Button>
          )
        }
      >
        {experts.length ? experts.map(expertLine) : <Empty description="暂无专家" />}
      </Card>

      <Card
        title={heading('联系单位和信息采集点', `${units.length} 个`)}
        extra={
          canManage &&
          point.active && (
            <Button
              size="small"
              onClick={() =>
                setDialog({
                  title: '增加联系单位或信息采集点',
                  fields: UNIT_FIELDS,
                  okText: '增加',
                  submit: (v) =>
                    addUnit({
                      variables: {
                        input: {
                          contactPointId: point.id,
                          name: v.name?.trim() ?? '',
                          type: v.type as LiaisonUnitType,
                          ...clean(
                            {
                              address: v.address,
                              contactPerson: v.contactPerson,
                              contactPhone: v.contactPhone,
                            },
                            false,
                          ),
                        },
                      },
                    }),
                })
              }
            >
              增加单位
            </Button>
          )
        }
        styles={{ body: { padding: 0 } }}
      >
        <Collapse bordered={false} items={units.map(unitPanel)} />
      </Card>

      <RecordFormModal
        open={!!dialog}
        title={dialog?.title ?? ''}
        fields={dialog?.fields ?? []}
        initialValues={dialog?.initialValues}
        okText={dialog?.okText}
        onSubmit={async (values) => {
          await dialog!.submit(values);
          void message.success('已保存');
        }}
        onClose={() => setDialog(null)}
      />
    </Space>
  );
}
