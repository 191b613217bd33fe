// 草案: the legislature's drafts, most recently changed first as the API gives them, each with its versions; paged
// (20 at a time, 加载更多).
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, List, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../../common/api-errors';
import { formatDate } from '../../common/dates';
import { LinkButton } from '../../common/link-button';
import { DraftsListDocument } from './manage.operations';
import './manage.css';

const PAGE_SIZE = 20;

export default function DraftsPage() {
  const { data, error, loading, fetchMore } = useQuery(DraftsListDocument, {
    variables: { first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const drafts = data?.drafts.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.drafts.pageInfo;
  const more = () =>
    void fetchMore({
      variables: { after: pageInfo?.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        drafts: { ...fetchMoreResult.drafts, edges: [...prev.drafts.edges, ...fetchMoreResult.drafts.edges] },
      }),
    });

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} className="manage-page">
      <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
        草案
      </Typography.Title>
      <Space wrap>
        <LinkButton type="primary" to="/drafts/new">
          登记草案
        </LinkButton>
        <LinkButton to="/tasks/new">发出征求意见任务</LinkButton>
      </Space>
      {error && !data && <Alert type="error" showIcon title={errorMessage(error)} />}
      <Card
        title={<h2 style={{ fontSize: 18, margin: 0 }}>本机关的草案</h2>}
        extra={data ? `共 ${data.drafts.totalCount} 件` : null}
      >
        <List
          loading={loading && !data}
          locale={{ emptyText: '还没有登记草案' }}
          dataSource={drafts}
          renderItem={(d) => {
            const versions = [...d.versions].sort((a, b) => a.sequence - b.sequence);
            return (
              <List.Item>
                <List.Item.Meta
                  title={<Link to={`/drafts/${d.id}`}>{d.title}</Link>}
                  description={
                    <Space direction="vertical" size={4} style={{ width: '100%' }}>
                      <span>
                        {versions.length} 个稿次，更新于 {formatDate(d.updatedAt)}
                        {d.subject ? `，${d.subject}` : ''}
                      </span>
                      <Space wrap size={[8, 4]}>
                        {versions.map((v) => (
                          <Tag key={v.id} color={v.supersededById ? undefined : 'blue'}>
                            第{v.sequence}稿 {v.label}（{v.articleCount} 条）
                            {v.supersededById ? '' : ' 最新'}
                          </Tag>
                        ))}
                      </Space>
                    </Space>
                  }
                />
              </List.Item>
            );
          }}
        />
        {pageInfo?.hasNextPage && (
          <Button block onClick={more} loading={loading}>
            加载更多
          </Button>
        )}
      </Card>
    </Space>
  );
}
