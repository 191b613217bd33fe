// The opinions of the chosen provision, 50 at a time: what is left (未处理: in no suggestion, not marked 不予报送),
// and all of them with a status filter and a search (the API's Chinese full-text search).
import { useQuery } from '@apollo/client/react';
import { Alert, Empty, Input, Select, Space, Spin } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../common/api-errors';
import type { OpinionStatus } from '../../gql/graphql';
import { OpinionActions } from './opinion-actions';
import { MoreButton, OpinionRow, type WorkbenchOpinion } from './opinion-row';
import {
  ProvisionOpinionsDocument,
  SearchProvisionOpinionsDocument,
  UnaccountedOpinionsDocument,
} from './workbench.operations';
import { listFilter, appendPage, useWorkbench, type Paged } from './workbench-context';
import { receiptNumberIn } from './receipt-search';

function useSelection() {
  const [selected, setSelected] = useState<string[]>([]);
  return {
    selected,
    clear: () => setSelected([]),
    toggle: (id: string, on: boolean) =>
      setSelected((prev) => (on ? [...new Set([...prev, id])] : prev.filter((x) => x !== id))),
    setAll: (ids: string[], on: boolean) =>
      setSelected((prev) => (on ? [...new Set([...prev, ...ids])] : prev.filter((x) => !ids.includes(x)))),
  };
}

function OpinionList({
  opinions,
  selection,
  selectable,
}: {
  opinions: WorkbenchOpinion[];
  selection: ReturnType<typeof useSelection>;
  selectable: (o: WorkbenchOpinion) => boolean;
}) {
  const wb = useWorkbench();
  if (!opinions.length) return <Empty description="没有意见" />;
  return (
    <div className="wb-list">
      {opinions.map((o) => (
        <OpinionRow
          key={o.id}
          opinion={o}
          checked={selection.selected.includes(o.id)}
          onCheck={wb.editable && selectable(o) ? (on) => selection.toggle(o.id, on) : undefined}
        />
      ))}
    </div>
  );
}

export function UnaccountedTab() {
  const wb = useWorkbench();
  const selection = useSelection();
  const variables = {
    taskId: wb.taskId,
    pointId: wb.pointId,
    ...listFilter(wb.provisionAddress),
  };
  const { data, error, loading, fetchMore } = useQuery(UnaccountedOpinionsDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
  });
  const conn = data?.consolidation.unaccountedOpinions;
  const opinions = conn?.edges.map((e) => e.node) ?? [];
  return (
    <div>
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      {conn && conn.totalCount === 0 ? (
        <Alert
          type="success"
          showIcon
          title={
            wb.provisionAddress === undefined
              ? '所有意见都已纳入汇总条目或标记不予报送'
              : '本条的意见都已处理'
          }
        />
      ) : (
        <>
          <p className="wb-hint">
            未处理的意见：{conn?.totalCount ?? '…'} 条。选中后新建汇总条目、加入已有条目，或标记不予报送。
          </p>
          <OpinionActions selected={selection.selected} onDone={selection.clear} />
          <Spin spinning={loading && !data}>
            {wb.editable && opinions.length > 0 && (
              <label className="wb-select-all">
                <input
                  type="checkbox"
                  checked={opinions.every((o) => selection.selected.includes(o.id))}
                  onChange={(e) =>
                    selection.setAll(
                      opinions.map((o) => o.id),
                      e.target.checked,
                    )
                  }
                />{' '}
                全选已显示的 {opinions.length} 条
              </label>
            )}
            <OpinionList opinions={opinions} selection={selection} selectable={() => true} />
          </Spin>
          {conn && (
            <MoreButton
              shown={opinions.length}
              total={conn.totalCount}
              hasNext={conn.pageInfo.hasNextPage}
              loading={loading}
              onMore={() =>
                void fetchMore({
                  variables: { after: conn.pageInfo.endCursor },
                  updateQuery: (prev, { fetchMoreResult }) => ({
                    consolidation: {
                      ...fetchMoreResult.consolidation,
                      unaccountedOpinions: appendPage(
                        prev.consolidation.unaccountedOpinions!,
                        fetchMoreResult.consolidation.unaccountedOpinions!,
                      ),
                    },
                  }),
                })
              }
            />
          )}
        </>
      )}
    </div>
  );
}

const STATUS_OPTIONS: Array<{ value: OpinionStatus | 'ALL'; label: string }> = [
  { value: 'ALL', label: '全部状态' },
  { value: 'ACTIVE', label: '有效' },
  { value: 'OUT_OF_SCOPE', label: '不予报送' },
  { value: 'WITHDRAWN', label: '已撤回' },
];

export function AllOpinionsTab() {
  const wb = useWorkbench();
  const selection = useSelection();
  const [status, setStatus] = useState<OpinionStatus | 'ALL'>('ALL');
  const [typed, setQuery] = useState('');
  // Exactly 14 digits (with spaces or dashes) are a 回执号: the one opinion of the task with it, whatever provision or
  // status is chosen (the API checks the number: INVALID_RECEIPT_NUMBER); anything else, "2022" included, is searched
  // in the opinions' text.
  const receiptNumber = receiptNumberIn(typed);
  const query = receiptNumber ? '' : typed;
  const base = {
    taskId: wb.taskId,
    ...listFilter(wb.provisionAddress),
    status: status === 'ALL' ? undefined : status,
  };
  const list = useQuery(ProvisionOpinionsDocument, {
    variables: receiptNumber ? { taskId: wb.taskId, receiptNumber } : base,
    skip: !!query,
    notifyOnNetworkStatusChange: true,
  });
  const search = useQuery(SearchProvisionOpinionsDocument, {
    variables: { ...base, query },
    skip: !query,
    notifyOnNetworkStatusChange: true,
  });
  const conn: Paged<WorkbenchOpinion> | undefined = query ? search.data?.searchOpinions : list.data?.opinions;
  const error = query ? search.error : list.error;
  const loading = query ? search.loading : list.loading;
  const opinions = conn?.edges.map((e) => e.node) ?? [];
  const more = () => {
    if (!conn) return;
    if (query)
      void search.fetchMore({
        variables: { after: conn.pageInfo.endCursor },
        updateQuery: (prev, { fetchMoreResult }) => ({
          searchOpinions: appendPage(prev.searchOpinions, fetchMoreResult.searchOpinions),
        }),
      });
    else
      void list.fetchMore({
        variables: { after: conn.pageInfo.endCursor, withTotal: false },
        updateQuery: (prev, { fetchMoreResult }) => ({
          opinions: appendPage(prev.opinions, fetchMoreResult.opinions),
        }),
      });
  };
  return (
    <div>
      <Space wrap style={{ marginBottom: 8 }}>
        <Input.Search
          allowClear
          placeholder="搜索意见内容或回执号"
          aria-label="搜索意见"
          onSearch={(v) => setQuery(v.trim())}
          style={{ width: 260, maxWidth: '100%' }}
        />
        <Select
          value={status}
          onChange={setStatus}
          options={STATUS_OPTIONS}
          aria-label="意见状态"
          style={{ width: 140 }}
        />
      </Space>
      <OpinionActions selected={selection.selected} onDone={selection.clear} />
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      <Spin spinning={loading && !conn}>
        <OpinionList opinions={opinions} selection={selection} selectable={(o) => o.status === 'ACTIVE'} />
      </Spin>
      {conn && (
        <MoreButton
          shown={opinions.length}
          total={conn.totalCount}
          hasNext={conn.pageInfo.hasNextPage}
          loading={loading}
          onMore={more}
        />
      )}
    </div>
  );
}
