// The home page's list of consultation tasks for those who run them: the executing body sees its point's tasks with
// the steps it takes on each (分发, 汇总, 审核与报送, 采纳反馈); the legislature sees the tasks it issued with each
// point's state and its own steps (各联系点, 收到的汇总表, 采纳情况).
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, List, Space, Tag } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../common/api-errors';
import { formatDateTime } from '../common/dates';
import { PointTaskStateTag } from './point-task-state-tag';
import { DeadlineTag } from './home-page';
import { WorkTasksDocument } from './consultation.operations';
import { awaitingDecisionsText } from './awaiting-decisions';

/**
 * The legislature's own work on a task: the suggestions submitted to it that have no published decision yet (the API's
 * awaitingDecisions, every point's), and those answered only with the interim 研究中 (underStudyDecisions): both still
 * owe the points a final answer, so the mark stays while either is above zero, and says which. Counted, not read from
 * the points' states: the first publication moves a point to FEEDBACK_RECEIVED while half its suggestions may still
 * wait, and the mark went with it. Without it the rounds waiting for 采纳情况 read exactly like the decided ones
 * (已截止 · 已报送 1). Dark text on a light tint for contrast (axe).
 */
function AwaitingDecisionsTag({
  awaiting,
  underStudy,
}: {
  awaiting: number | null | undefined;
  underStudy: number | null | undefined;
}) {
  const text = awaitingDecisionsText(awaiting, underStudy);
  if (!text) return null;
  return (
    <Tag
      data-testid="awaiting-decisions"
      style={{ color: '#873800', background: '#fff7e6', borderColor: '#ffd591' }}
    >
      {text}
    </Tag>
  );
}

/** The legislature has published decisions for the point (its first publication moves it to FEEDBACK_RECEIVED). */
function feedbackPublished(state: string): boolean {
  return state === 'FEEDBACK_RECEIVED' || state === 'ARCHIVED';
}

export function WorkTasksCard({ audience }: { audience: 'point' | 'legislature' }) {
  const { data, error, loading, fetchMore } = useQuery(WorkTasksDocument);
  const tasks = data?.consultationTasks.edges.map((e) => e.node) ?? [];
  const pageInfo = data?.consultationTasks.pageInfo;
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>征求意见任务</h2>}
      extra={
        audience === 'legislature' ? (
          <Link to="/tasks/new">发出新任务</Link>
        ) : data ? (
          `${data.consultationTasks.totalCount} 项`
        ) : null
      }
    >
      {error && !data && <Alert type="error" showIcon title={errorMessage(error)} />}
      <List
        loading={loading && !data}
        locale={{ emptyText: '暂无征求意见任务' }}
        dataSource={tasks}
        renderItem={(task) => {
          const own = audience === 'point' ? task.pointTasks[0] : undefined;
          return (
            <List.Item>
              <List.Item.Meta
                title={
                  // Coloured as a link (List.Item.Meta's title is black text by default): it opens the draft.
                  <Link to={`/tasks/${task.id}`} style={{ color: '#0958d9' }}>
                    {task.title}
                  </Link>
                }
                description={
                  <Space direction="vertical" size={4} style={{ width: '100%' }}>
                    <Space wrap size={[8, 4]}>
                      {task.status === 'DRAFT' ? <Tag>草拟中</Tag> : null}
                      <span>截止 {formatDateTime(own?.effectiveDeadline ?? task.deadline)}</span>
                      <DeadlineTag at={own?.effectiveDeadline ?? task.deadline} overdue={own?.overdue} />
                      {own && <PointTaskStateTag status={own} testId="point-task-state" />}
                      {audience === 'legislature' && task.pointTasks.length > 0 && (
                        <span>
                          {task.pointTasks.length} 个联系点，已报送{' '}
                          {
                            task.pointTasks.filter((p) =>
                              ['SUBMITTED', 'FEEDBACK_RECEIVED', 'ARCHIVED'].includes(p.state),
                            ).length
                          }
                        </span>
                      )}
                      {audience === 'legislature' && (
                        <AwaitingDecisionsTag
                          awaiting={task.awaitingDecisions}
                          underStudy={task.underStudyDecisions}
                        />
                      )}
                    </Space>
                    <Space wrap size={[16, 4]}>
                      {audience === 'point' ? (
                        <>
                          <Link to={`/tasks/${task.id}`} aria-label={`查看草案：${task.title}`}>
                            查看草案
                          </Link>
                          {/* 网上征集 is opened here, by the executing body alone. */}
                          <Link to={`/tasks/${task.id}/activities`} aria-label={`${task.title}的征集活动`}>
                            征集活动
                          </Link>
                          <Link to={`/tasks/${task.id}/distribution`} aria-label={`${task.title}的分发`}>
                            分发
                          </Link>
                          <Link
                            to={`/tasks/${task.id}/consolidation`}
                            aria-label={`${task.title}的汇总工作台`}
                          >
                            汇总工作台
                          </Link>
                          <Link to={`/tasks/${task.id}/signoff`} aria-label={`${task.title}的审核与报送`}>
                            审核与报送
                          </Link>
                          {/* Only once the legislature has published for this point: before, the page is empty. */}
                          {own && feedbackPublished(own.state) && (
                            <Link to={`/tasks/${task.id}/outcomes`} aria-label={`${task.title}的采纳反馈`}>
                              采纳反馈
                            </Link>
                          )}
                        </>
                      ) : (
                        <>
                          <Link to={`/tasks/${task.id}/points`} aria-label={`${task.title}的各联系点情况`}>
                            各联系点
                          </Link>
                          <Link to={`/tasks/${task.id}/received`} aria-label={`${task.title}收到的汇总表`}>
                            收到的汇总表
                          </Link>
                          <Link to={`/tasks/${task.id}/decisions`} aria-label={`${task.title}的采纳情况`}>
                            采纳情况
                          </Link>
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
      {pageInfo?.hasNextPage && (
        <Button
          block
          onClick={() =>
            void fetchMore({
              variables: { after: pageInfo.endCursor },
              updateQuery: (prev, { fetchMoreResult }) => ({
                consultationTasks: {
                  ...fetchMoreResult.consultationTasks,
                  edges: [...prev.consultationTasks.edges, ...fetchMoreResult.consultationTasks.edges],
                },
              }),
            })
          }
          style={{ marginTop: 12 }}
        >
          更多任务
        </Button>
      )}
    </Card>
  );
}
