// Duplicate and near-duplicate groups: a campaign's variants side by side, counted (opinions, people, wordings),
// never dropped — every member stays an opinion of its own. A group becomes one suggestion with all its members.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Card, Empty, Space, Spin, Tag } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../common/api-errors';
import { formatDateTime } from '../../common/dates';
import { MoreButton, OpinionRow, type WorkbenchOpinion } from './opinion-row';
import {
  CreateSuggestionDocument,
  DuplicateGroupsDocument,
  GroupMembersDocument,
} from './workbench.operations';
import { listFilter, appendPage, useWorkbench } from './workbench-context';

interface Members {
  opinions: WorkbenchOpinion[];
  total: number;
  endCursor: string | null;
  hasNext: boolean;
}

function GroupMembers({ groupId, groupAfter }: { groupId: string; groupAfter: string | null }) {
  const wb = useWorkbench();
  const client = useApolloClient();
  const [members, setMembers] = useState<Members | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const load = async (after: string | null) => {
    setLoading(true);
    try {
      const { data } = await client.query({
        query: GroupMembersDocument,
        variables: {
          taskId: wb.taskId,
          pointId: wb.pointId,
          ...listFilter(wb.provisionAddress),
          groupAfter,
          after,
        },
        fetchPolicy: 'network-only',
      });
      const node = data?.consolidation.duplicateGroups?.edges[0]?.node;
      if (!node || node.id !== groupId) throw new Error('分组已变化，请刷新');
      const conn = node.opinions;
      setMembers((prev) => ({
        opinions: [...(after && prev ? prev.opinions : []), ...conn.edges.map((e) => e.node)],
        total: conn.totalCount,
        endCursor: conn.pageInfo.endCursor ?? null,
        hasNext: conn.pageInfo.hasNextPage,
      }));
      setError(null);
    } catch (e) {
      setError(e instanceof Error && e.message.startsWith('分组') ? e.message : errorMessage(e));
    } finally {
      setLoading(false);
    }
  };
  if (!members)
    return (
      <>
        <Button type="link" loading={loading} onClick={() => void load(null)} style={{ padding: 0 }}>
          查看组内全部表述
        </Button>
        {error && <Alert type="error" showIcon title={error} />}
      </>
    );
  return (
    <div className="wb-members">
      {members.opinions.map((o) => (
        <OpinionRow key={o.id} opinion={o} />
      ))}
      <MoreButton
        shown={members.opinions.length}
        total={members.total}
        hasNext={members.hasNext}
        loading={loading}
        onMore={() => void load(members.endCursor)}
      />
      {error && <Alert type="error" showIcon title={error} />}
    </div>
  );
}

export function DuplicateGroupsTab() {
  const wb = useWorkbench();
  const { message } = App.useApp();
  const [create] = useMutation(CreateSuggestionDocument);
  const [error, setError] = useState<string | null>(null);
  const {
    data,
    loading,
    error: loadError,
    fetchMore,
  } = useQuery(DuplicateGroupsDocument, {
    variables: {
      taskId: wb.taskId,
      pointId: wb.pointId,
      ...listFilter(wb.provisionAddress),
    },
    notifyOnNetworkStatusChange: true,
  });
  const conn = data?.consolidation.duplicateGroups;
  const edges = conn?.edges ?? [];
  const fromGroup = async (groupId: string) => {
    try {
      await create({
        variables: {
          input: { taskId: wb.taskId, contactPointId: wb.pointId, sources: { duplicateGroupIds: [groupId] } },
        },
      });
      void message.success('已由该组新建汇总条目');
      await wb.refresh();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return (
    <Spin spinning={loading && !data}>
      {(loadError || error) && (
        <Alert type="error" showIcon title={error ?? errorMessage(loadError)} style={{ marginBottom: 8 }} />
      )}
      {data && !data.consolidation.groupedAt && (
        <Alert type="info" showIcon title="尚未分组：点“分组重复意见”找出相同和近似的意见" />
      )}
      {data?.consolidation.groupedAt && (
        <p className="wb-hint">最近一次分组：{formatDateTime(data.consolidation.groupedAt)}</p>
      )}
      {conn && edges.length === 0 && data?.consolidation.groupedAt && <Empty description="没有重复意见组" />}
      <Space direction="vertical" style={{ width: '100%' }}>
        {edges.map((edge, i) => {
          const g = edge.node;
          const groupAfter = i === 0 ? null : edges[i - 1].cursor;
          return (
            <Card
              key={g.id}
              size="small"
              title={
                <Space wrap size={[8, 4]}>
                  <span>{g.representative.provisionCitation ?? '总体意见'}</span>
                  <Tag color="blue" data-testid="group-opinions">
                    {g.opinionCount} 条意见
                  </Tag>
                  <Tag>{g.peopleCount} 人</Tag>
                  <Tag>{g.variantCount} 种表述</Tag>
                </Space>
              }
            >
              <OpinionRow opinion={g.representative} />
              <GroupMembers groupId={g.id} groupAfter={groupAfter} />
              {wb.editable && (
                <Button size="middle" onClick={() => void fromGroup(g.id)} style={{ marginTop: 8 }}>
                  以此组新建汇总条目
                </Button>
              )}
            </Card>
          );
        })}
      </Space>
      {conn && (
        <MoreButton
          shown={edges.length}
          total={conn.totalCount}
          hasNext={conn.pageInfo.hasNextPage}
          loading={loading}
          onMore={() =>
            void fetchMore({
              variables: { after: conn.pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                consolidation: {
                  ...fetchMoreResult.consolidation,
                  duplicateGroups: appendPage(
                    prev.consolidation.duplicateGroups!,
                    fetchMoreResult.consolidation.duplicateGroups!,
                  ),
                },
              }),
            })
          }
        />
      )}
    </Spin>
  );
}
