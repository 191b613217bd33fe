// 系统管理 → 联系点 (/admin/contact-points): the contact points of every legislature, or of one (?legislature=), 20 a
// page from the server (a legislature may have hundreds); each with its head (尚无点长 until the head is added),
// 组织, 修改 and 停用/启用. 设立联系点 asks what createContactPoint takes; once the point exists the page leads to its 组织,
// where the administrator adds the head (点长) and opens the head's account.
// The same list serves the legislature's staff (/contact-points, scope "legislature"): the API gives them their own
// legislature's points only, their legislature is fixed (no picker, not asked in the form), and the next step after
// setting up a point is the administrator's — a legislature never appoints a point's head (grantRefusal).
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Flex, Popconfirm, Select, Skeleton, Space, Switch, Tag } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../common/api-errors';
import { beijingToday } from '../common/dates';
import { CONTACT_POINT_KIND_LABELS, CONTACT_POINT_LEVEL_LABELS, optionsOf } from '../common/labels';
import { LinkButton } from '../common/link-button';
import type { ContactPointKind, ContactPointLevel, SetupContactPointFieldsFragment } from '../gql/graphql';
import { Line } from './org-line';
import {
  CreateContactPointDocument,
  SetupContactPointsDocument,
  SetupLegislaturesDocument,
  UpdateContactPointDocument,
} from './organization.operations';
import { RecordFormModal, type FieldSpec, type FormValues } from './record-form-modal';
import { SetupFrame } from './setup-frame';

const PAGE_SIZE = 20;

const POINT_FIELDS: FieldSpec[] = [
  { name: 'name', label: '联系点名称', required: true, placeholder: '例如 某街道基层立法联系点' },
  { name: 'hostInstitution', label: '依托单位', required: true },
  {
    name: 'level',
    label: '联系点级别',
    kind: 'select',
    options: optionsOf(CONTACT_POINT_LEVEL_LABELS),
    required: true,
  },
  {
    name: 'kind',
    label: '联系点类型',
    kind: 'select',
    options: optionsOf(CONTACT_POINT_KIND_LABELS),
    required: true,
    help: '依托单位的性质',
  },
  { name: 'designatedOn', label: '设立日期', kind: 'date', required: true },
  { name: 'address', label: '地址', help: '可不填' },
];

type Point = SetupContactPointFieldsFragment;
/** The form's values are kept with the dialog, so a re-render of the page does not reset what is being typed. */
type Dialog = { editing: Point | null; initialValues: FormValues };

export default function ContactPointsPage() {
  return (
    <SetupFrame>
      <ContactPoints scope="admin" />
    </SetupFrame>
  );
}

/** admin: every legislature's points, with the legislature picker. legislature: the caller's own legislature's. */
export type PointsScope = 'admin' | 'legislature';

export function ContactPoints({ scope }: { scope: PointsScope }) {
  const { message } = App.useApp();
  const [params, setParams] = useSearchParams();
  const [includeInactive, setIncludeInactive] = useState(false);
  // Cursors of the pages seen so far: 上一页 pops one, 下一页 pushes the current page's end.
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  // The API lists to legislature staff only their own legislature (and counts only its points).
  const legislatures = useQuery(SetupLegislaturesDocument, { variables: { first: 100 } });
  const legislatureOptions =
    legislatures.data?.legislatures.edges.map((e) => ({ value: e.node.id, label: e.node.name })) ?? [];
  // Staff of one legislature: it is theirs, always — no picker, and the form does not ask for it. (Staff of several
  // pick among theirs, like the administrator among all.)
  const fixed = scope === 'legislature' && legislatureOptions.length === 1 ? legislatureOptions[0] : null;
  // No picker for staff of one legislature, nor while their legislature is being asked for (it would flash).
  const picker = scope === 'admin' || legislatureOptions.length > 1;
  // Unfiltered while fixed: the API already keeps staff to their legislature, and the list need not wait for it.
  const legislatureId = fixed ? undefined : (params.get('legislature') ?? undefined);
  const { data, previousData, error, loading } = useQuery(SetupContactPointsDocument, {
    variables: { first: PAGE_SIZE, after: cursors.at(-1), legislatureId, includeInactive },
  });
  const list = (data ?? previousData)?.contactPoints;
  const refetch = {
    refetchQueries: [SetupContactPointsDocument, SetupLegislaturesDocument],
    awaitRefetchQueries: true,
  };
  const [create] = useMutation(CreateContactPointDocument, refetch);
  const [update] = useMutation(UpdateContactPointDocument, refetch);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const [created, setCreated] = useState<Point | null>(null);

  const fields: FieldSpec[] =
    dialog?.editing || fixed
      ? POINT_FIELDS
      : [
          {
            name: 'legislatureId',
            label: '设立该联系点的立法机关',
            kind: 'select',
            options: legislatureOptions,
            required: true,
          },
          ...POINT_FIELDS,
        ];
  const page = cursors.length;
  const total = list?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const points = list?.edges.map((e) => e.node) ?? [];

  const filter = (next: { legislature?: string; inactive?: boolean }) => {
    setCursors([undefined]);
    if ('inactive' in next) setIncludeInactive(!!next.inactive);
    if ('legislature' in next)
      setParams(next.legislature ? { legislature: next.legislature } : {}, { replace: true });
  };

  const submit = async (v: FormValues) => {
    const values = {
      name: v.name?.trim() ?? '',
      hostInstitution: v.hostInstitution?.trim() ?? '',
      level: v.level as ContactPointLevel,
      kind: v.kind as ContactPointKind,
      designatedOn: v.designatedOn ?? '',
    };
    const address = v.address?.trim() ?? '';
    const editing = dialog?.editing;
    if (editing) {
      // An emptied address is sent as "" and cleared.
      await update({ variables: { input: { id: editing.id, ...values, address } } });
      void message.success(`已修改${values.name}`);
    } else {
      const res = await create({
        variables: {
          input: {
            legislatureId: fixed?.value ?? v.legislatureId ?? '',
            ...values,
            ...(address ? { address } : {}),
          },
        },
      });
      setCreated(res.data?.createContactPoint ?? null);
    }
  };

  const setActive = async (p: Point, active: boolean) => {
    const what = active ? '启用' : '停用';
    try {
      await update({ variables: { input: { id: p.id, active } } });
      void message.success(`已${what}${p.name}`);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const pointLine = (p: Point) => {
    const head = p.executingBody.pointHead;
    return (
      <div role="listitem" key={p.id} data-testid="contact-point-line">
        <Line
          title={p.name}
          inactive={!p.active}
          tags={
            <>
              <Tag>{CONTACT_POINT_LEVEL_LABELS[p.level]}</Tag>
              {head ? (
                <Tag color={head.accountId ? 'green' : 'gold'}>
                  点长 {head.name}
                  {head.accountId ? '' : '（未开通账号）'}
                </Tag>
              ) : (
                <Tag color="orange">尚无点长</Tag>
              )}
            </>
          }
          detail={[
            fixed ? null : p.legislature.name,
            `${CONTACT_POINT_KIND_LABELS[p.kind]}：${p.hostInstitution}`,
            `设立于 ${p.designatedOn}`,
            p.address,
          ]
            .filter(Boolean)
            .join(' · ')}
          actions={
            <>
              <LinkButton size="small" to={`/organization?point=${p.id}`} aria-label={`${p.name}的组织`}>
                组织
              </LinkButton>
              <Button
                size="small"
                aria-label={`修改${p.name}`}
                onClick={() =>
                  setDialog({
                    editing: p,
                    initialValues: {
                      name: p.name,
                      hostInstitution: p.hostInstitution,
                      level: p.level,
                      kind: p.kind,
                      designatedOn: p.designatedOn,
                      address: p.address ?? undefined,
                    },
                  })
                }
              >
                修改
              </Button>
              <Popconfirm
                title={`${p.active ? '停用' : '启用'}${p.name}？`}
                description={
                  p.active ? '不删除，历史记录保留；停用后不再参与征求意见，可随时重新启用。' : undefined
                }
                okText={p.active ? '停用' : '启用'}
                cancelText="取消"
                onConfirm={() => setActive(p, !p.active)}
              >
                <Button size="small" danger={p.active}>
                  {p.active ? '停用' : '启用'}
                </Button>
              </Popconfirm>
            </>
          }
        />
      </div>
    );
  };

  return (
    <>
      {created && (
        <Alert
          type="success"
          showIcon
          closable
          onClose={() => setCreated(null)}
          title={`已设立${created.name}`}
          description={
            scope === 'admin'
              ? '下一步：在它的组织页添加点长，并为点长开通账号；点长登录后再组建联络员、专家团队和联系单位。'
              : '下一步：点长由系统管理员任命，请联系系统管理员为该联系点添加点长并开通账号；点长登录后再组建联络员、专家团队和联系单位。'
          }
          action={
            <LinkButton type="primary" to={`/organization?point=${created.id}`}>
              {scope === 'admin' ? '去添加点长' : '查看组织'}
            </LinkButton>
          }
          data-testid="point-created"
        />
      )}
      <Flex gap={12} wrap align="center">
        <Button
          type="primary"
          disabled={legislatureOptions.length === 0}
          onClick={() =>
            setDialog({
              editing: null,
              initialValues: { legislatureId, designatedOn: beijingToday() },
            })
          }
        >
          设立联系点
        </Button>
        {picker && (
          <Select
            aria-label="按立法机关筛选"
            allowClear
            placeholder="全部立法机关"
            value={legislatureId}
            options={legislatureOptions}
            onChange={(value?: string) => filter({ legislature: value })}
            style={{ flex: '1 1 240px', maxWidth: 420 }}
          />
        )}
        <Space>
          <Switch
            checked={includeInactive}
            onChange={(on) => filter({ inactive: on })}
            aria-label="含已停用的联系点"
          />
          含已停用
        </Space>
      </Flex>
      {legislatures.data && legislatureOptions.length === 0 && (
        <Alert
          type="info"
          showIcon
          title={
            scope === 'admin'
              ? '尚未登记立法机关：请先在“立法机关”中新增，再设立联系点'
              : '您的账号不属于任何立法机关：请联系系统管理员'
          }
        />
      )}
      {error && !list && <Alert type="error" showIcon title={errorMessage(error)} />}
      <Card
        title={<h2 style={{ fontSize: 18, margin: 0 }}>联系点</h2>}
        extra={list ? `共 ${total} 个` : null}
      >
        {loading && !list ? (
          <Skeleton active />
        ) : points.length === 0 ? (
          <Alert type="info" showIcon title="没有符合条件的联系点" />
        ) : (
          <div role="list" aria-label="联系点列表" style={{ opacity: loading ? 0.6 : 1 }}>
            {points.map(pointLine)}
          </div>
        )}
        {total > PAGE_SIZE && (
          <Flex gap={8} align="center" wrap style={{ marginTop: 12 }}>
            <Button disabled={page === 1 || loading} onClick={() => setCursors((c) => c.slice(0, -1))}>
              上一页
            </Button>
            <span aria-live="polite">
              第 {page} / {pages} 页
            </span>
            <Button
              disabled={!list?.pageInfo.hasNextPage || loading}
              onClick={() => {
                const end = list?.pageInfo.endCursor;
                if (end) setCursors((c) => [...c, end]);
              }}
            >
              下一页
            </Button>
          </Flex>
        )}
      </Card>
      <RecordFormModal
        title={dialog?.editing ? `修改${dialog.editing.name}` : '设立联系点'}
        open={!!dialog}
        fields={fields}
        initialValues={dialog?.initialValues}
        okText={dialog?.editing ? '保存' : '设立'}
        onSubmit={submit}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
