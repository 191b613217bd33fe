// The role's home: the inbox (通知) with its unread count and "my tasks" (我的任务) with deadlines and overdue marks —
// open work first, soonest due on top, as the API orders it, a page at a time (更多任务).
import { useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, Card, List, Skeleton, Space, Tag, Typography } from 'antd';
import { useEffect, useMemo } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../common/api-errors';
import { daysLeft, formatDateTime } from '../common/dates';
import { useSession } from '../identity/use-session';
import { isContributor, isExecutiveBody, isLegislatureStaff, isSystemAdmin } from '../identity/roles';
import type { AssigneeType } from '../gql/graphql';
import { AdminHomeCard } from '../organization/admin-home-card';
import { closedReason, closedTag, closedTagColor, rememberStatus } from './collection-status';
import { HomeDocument, MyAssignmentsDocument } from './consultation.operations';
import { WorkTasksCard } from './work-tasks-card';
import { NotificationTitle } from '../notifications/notification-title';

/** Which of a person's tasks is which when one task reaches them twice (personally and through their unit). */
export const ASSIGNMENT_KIND_LABELS: Record<AssigneeType, string> = {
  COLLECTOR: '个人任务',
  LIAISON_UNIT: '本单位任务',
  EXPERT: '专家任务',
};

/**
 * A countdown to `at`. `overdue` is the API's flag for work still open past its own due date; a task whose point has
 * stopped collecting never gets it (that is not late work), and callers show closedTag() instead.
 */
export function DeadlineTag({ at, overdue }: { at: string; overdue?: boolean }) {
  const days = daysLeft(at);
  if (overdue) return <Tag color="red">已过完成时限</Tag>;
  if (days < 0) return <Tag>已截止</Tag>;
  if (days <= 3) return <Tag color="orange">剩 {days + 1} 天</Tag>;
  return <Tag color="blue">剩 {days + 1} 天</Tag>;
}

/** 我的任务 shown at first and added by each 更多任务: a collector active for years has hundreds. */
export const MY_TASKS_PAGE = 20;

export default function HomePage() {
  const { session } = useSession();
  const { data, error, loading } = useQuery(HomeDocument);
  const mine = useQuery(MyAssignmentsDocument, {
    variables: { first: MY_TASKS_PAGE },
    notifyOnNetworkStatusChange: true,
  });
  const assignments = useMemo(() => mine.data?.myAssignments.edges.map((e) => e.node) ?? [], [mine.data]);
  const more = () =>
    void mine.fetchMore({
      variables: { after: mine.data?.myAssignments.pageInfo.endCursor },
      updateQuery: (prev, { fetchMoreResult }) => ({
        myAssignments: {
          ...fetchMoreResult.myAssignments,
          edges: [...prev.myAssignments.edges, ...fetchMoreResult.myAssignments.edges],
        },
      }),
    });
  const notifications = data?.notifications.edges.map((e) => e.node) ?? [];
  useEffect(() => {
    for (const a of assignments) rememberStatus(a.task.id, a.pointTask);
  }, [assignments]);
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ margin: 0 }}>
        您好，{session?.account.displayName}
      </Typography.Title>
      {error && !data && <Alert type="error" showIcon title={errorMessage(error)} />}
      {mine.error && !mine.data && <Alert type="error" showIcon title={errorMessage(mine.error)} />}
      {isLegislatureStaff(session) && <WorkTasksCard audience="legislature" />}
      {isExecutiveBody(session) && <WorkTasksCard audience="point" />}
      {isSystemAdmin(session) && <AdminHomeCard />}
      {(isContributor(session) || assignments.length > 0) && (
        <Card
          title={<h2 style={{ fontSize: 18, margin: 0 }}>我的任务</h2>}
          extra={mine.data ? `${mine.data.myAssignments.totalCount} 项` : null}
        >
          {mine.loading && !mine.data ? (
            <Skeleton active />
          ) : (
            <List
              locale={{ emptyText: '暂无分发给您的任务' }}
              dataSource={assignments}
              renderItem={(a) => {
                const closed = closedTag(a.pointTask);
                return (
                  <List.Item data-testid="my-task">
                    <List.Item.Meta
                      title={
                        <Space wrap size={[8, 4]}>
                          <Link to={`/tasks/${a.task.id}`}>{a.task.title}</Link>
                          <Tag>{ASSIGNMENT_KIND_LABELS[a.assigneeType]}</Tag>
                        </Space>
                      }
                      description={
                        <Space wrap size={[8, 4]}>
                          {closed ? (
                            // Collection is over for the point: no countdown, no overdue mark, nothing to add.
                            <Tag color={closedTagColor(a.pointTask)} data-testid="my-task-state">
                              {closed}
                            </Tag>
                          ) : (
                            <>
                              <span>本人完成时限 {formatDateTime(a.dueAt)}</span>
                              <DeadlineTag at={a.dueAt} overdue={a.overdue} />
                            </>
                          )}
                          <span>截止 {formatDateTime(a.pointTask.effectiveDeadline)}</span>
                          {a.provisionAddresses.length > 0 && (
                            <Tag>分配 {a.provisionAddresses.length} 处条文</Tag>
                          )}
                          {/* Stopped before the deadline is the surprise worth a sentence; 已报送/已截止 say it all. */}
                          {closed === '已停止征集' && <span>{closedReason(a.pointTask)}</span>}
                          {/* Under the dates, not beside the title: three links beside it squeeze it on a phone. */}
                          <Space wrap size={[16, 4]}>
                            <Link to={`/tasks/${a.task.id}`}>查看草案</Link>
                            {a.assigneeType === 'EXPERT' ? (
                              // An expert's work on a task is annotating its text, not running collection.
                              <Link
                                to={`/tasks/${a.task.id}/annotate`}
                                aria-label={`${a.task.title}的专家团队批注`}
                              >
                                专家团队批注
                              </Link>
                            ) : (
                              <>
                                <Link
                                  to={`/tasks/${a.task.id}/activities`}
                                  aria-label={`${a.task.title}的征集活动`}
                                >
                                  征集活动
                                </Link>
                                {!closed && (
                                  <Link
                                    to={`/tasks/${a.task.id}/paper`}
                                    aria-label={`${a.task.title}的纸质意见表`}
                                  >
                                    纸质意见表
                                  </Link>
                                )}
                              </>
                            )}
                          </Space>
                        </Space>
                      }
                    />
                  </List.Item>
                );
              }}
            />
          )}
          {mine.data?.myAssignments.pageInfo.hasNextPage && (
            <Button block onClick={more} loading={mine.loading}>
              更多任务（已显示 {assignments.length} / {mine.data.myAssignments.totalCount} 项）
            </Button>
          )}
        </Card>
      )}
      <Card
        title={
          <Space>
            <h2 style={{ fontSize: 18, margin: 0 }}>通知</h2>
            {/* Only with a count: an empty badge is a bare span whose aria-label nothing reads (axe). */}
            {(data?.unreadNotificationCount ?? 0) > 0 && (
              <Badge count={data?.unreadNotificationCount} aria-label="未读通知数" />
            )}
          </Space>
        }
        extra={<Link to="/inbox">全部通知</Link>}
      >
        <List
          loading={loading && !data}
          locale={{ emptyText: '暂无通知' }}
          dataSource={notifications}
          renderItem={(n) => (
            <List.Item>
              <List.Item.Meta title={<NotificationTitle n={n} />} description={formatDateTime(n.createdAt)} />
            </List.Item>
          )}
        />
      </Card>
    </Space>
  );
}
