// 系统管理 → 立法机关 (/admin/legislatures): every legislature with its region, level, working body and how many
// contact points it has in use; 新增立法机关 and 修改 in one form whose fields carry the API's own messages. A
// legislature's count opens 联系点 filtered to it.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Skeleton, Space, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../common/api-errors';
import { LEGISLATURE_LEVEL_LABELS, optionsOf } from '../common/labels';
import type { LegislatureLevel, SetupLegislatureFieldsFragment } from '../gql/graphql';
import { Line } from './org-line';
import {
  CreateLegislatureDocument,
  SetupLegislaturesDocument,
  UpdateLegislatureDocument,
} from './organization.operations';
import { RecordFormModal, type FieldSpec, type FormValues } from './record-form-modal';
import { SetupFrame } from './setup-frame';

/** Legislatures are few (one per people's congress standing committee served): a page of 100, then 加载更多. */
const PAGE_SIZE = 100;

const FIELDS: FieldSpec[] = [
  { name: 'name', label: '立法机关名称', required: true, placeholder: '例如 重庆市人民代表大会常务委员会' },
  { name: 'region', label: '行政区域', required: true, placeholder: '例如 重庆市' },
  {
    name: 'level',
    label: '立法机关层级',
    kind: 'select',
    options: optionsOf(LEGISLATURE_LEVEL_LABELS),
    required: true,
  },
  {
    name: 'commission',
    label: '工作机构',
    placeholder: '例如 法制工作委员会',
    help: '负责征求意见的工作机构，可不填',
  },
];

/** The form's values are kept with the dialog, so a re-render of the page does not reset what is being typed. */
type Dialog = { editing: SetupLegislatureFieldsFragment | null; initialValues?: FormValues };

const editDialog = (l: SetupLegislatureFieldsFragment): Dialog => ({
  editing: l,
  initialValues: { name: l.name, region: l.region, level: l.level, commission: l.commission ?? undefined },
});

export default function LegislaturesPage() {
  return (
    <SetupFrame>
      <Legislatures />
    </SetupFrame>
  );
}

function Legislatures() {
  const { message } = App.useApp();
  const { data, error, loading, fetchMore } = useQuery(SetupLegislaturesDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const refetch = { refetchQueries: [SetupLegislaturesDocument], awaitRefetchQueries: true };
  const [create] = useMutation(CreateLegislatureDocument, refetch);
  const [update] = useMutation(UpdateLegislatureDocument);
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const legislatures = data?.legislatures.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.legislatures.pageInfo;

  const submit = async (v: FormValues) => {
    const values = {
      name: v.name?.trim() ?? '',
      region: v.region?.trim() ?? '',
      level: v.level as LegislatureLevel,
    };
    const editing = dialog?.editing;
    if (editing) {
      // An emptied working body is sent as "" and cleared.
      await update({
        variables: { input: { id: editing.id, ...values, commission: v.commission?.trim() ?? '' } },
      });
      void message.success(`已修改${values.name}`);
    } else {
      const commission = v.commission?.trim();
      await create({ variables: { input: { ...values, ...(commission ? { commission } : {}) } } });
      void message.success(`已新增${values.name}`);
    }
  };

  return (
    <>
      <Space wrap>
        <Button type="primary" onClick={() => setDialog({ editing: null })}>
          新增立法机关
        </Button>
      </Space>
      {error && !data && <Alert type="error" showIcon title={errorMessage(error)} />}
      <Card
        title={<h2 style={{ fontSize: 18, margin: 0 }}>立法机关</h2>}
        extra={data ? `共 ${data.legislatures.totalCount} 个` : null}
      >
        {loading && !data ? (
          <Skeleton active />
        ) : legislatures.length === 0 ? (
          <Alert type="info" showIcon title="尚未登记立法机关：先新增立法机关，再为它设立联系点" />
        ) : (
          <div aria-label="立法机关列表" role="list">
            {legislatures.map((l) => (
              <div role="listitem" key={l.id} data-testid="legislature-line">
                <Line
                  title={l.name}
                  inactive={!l.active}
                  tags={
                    <Link
                      to={`/admin/contact-points?legislature=${l.id}`}
                      aria-label={`${l.name}：${l.contactPointCount ?? 0} 个联系点`}
                    >
                      <Tag color="blue" style={{ cursor: 'pointer' }}>
                        {l.contactPointCount ?? 0} 个联系点
                      </Tag>
                    </Link>
                  }
                  detail={[l.region, LEGISLATURE_LEVEL_LABELS[l.level], l.commission]
                    .filter(Boolean)
                    .join(' · ')}
                  actions={
                    <Button
                      size="small"
                      onClick={() => setDialog(editDialog(l))}
                      aria-label={`修改${l.name}`}
                    >
                      修改
                    </Button>
                  }
                />
              </div>
            ))}
          </div>
        )}
        {pageInfo?.hasNextPage && (
          <Button
            block
            style={{ marginTop: 12 }}
            loading={loading}
            onClick={() =>
              void fetchMore({
                variables: { after: pageInfo.endCursor },
                updateQuery: (prev, { fetchMoreResult }) => ({
                  legislatures: {
                    ...fetchMoreResult.legislatures,
                    edges: [...prev.legislatures.edges, ...fetchMoreResult.legislatures.edges],
                  },
                }),
              })
            }
          >
            加载更多
          </Button>
        )}
      </Card>
      <RecordFormModal
        title={dialog?.editing ? `修改${dialog.editing.name}` : '新增立法机关'}
        open={!!dialog}
        fields={FIELDS}
        initialValues={dialog?.initialValues}
        okText={dialog?.editing ? '保存' : '新增'}
        onSubmit={submit}
        onClose={() => setDialog(null)}
      />
    </>
  );
}
