// The draft reader: a task's draft as its provision tree with a table of contents, search by article number or words,
// a stable link per provision (/tasks/:taskId/provisions/:address), the notice and focus questions, and what was
// distributed to me highlighted. From any article: 提出意见.
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Collapse,
  Drawer,
  Empty,
  Input,
  Skeleton,
  Space,
  Tag,
  Tree,
  Typography,
} from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { LinkButton } from '../common/link-button';
import { errorMessage } from '../common/api-errors';
import { formatDateTime } from '../common/dates';
import { TaskDocument } from '../consultation/consultation.operations';
import { isContributor, isExecutiveBody, isUnitAdmin } from '../identity/roles';
import { useSession } from '../identity/use-session';
import { ASSIGNMENT_KIND_LABELS, DeadlineTag } from '../consultation/home-page';
import {
  anyAccepting,
  closedReason,
  closedTag,
  closedTagColor,
  rememberStatus,
} from '../consultation/collection-status';
import { useTaskProvisions, type ReaderProvision } from './use-task-provisions';
import { TaskDraftLinks } from './compare/task-draft-links';
import { chineseNumber } from './citation';

/** An address's article (art_13__para_1 → art_13): paragraphs and items are shown inside their article. */
export function articleOf(address: string): string {
  return address.split('__')[0];
}

export { chineseNumber };

export function matchesSearch(p: ReaderProvision, query: string): boolean {
  const q = query.trim();
  if (!q) return true;
  if (/^\d+$/.test(q)) return p.kind === 'article' && p.label === `第${chineseNumber(Number(q))}条`;
  if (/^第.+条$/.test(q)) return p.label === q;
  return `${p.label}${p.heading ?? ''}${p.fullText}`.includes(q);
}

const isHeading = (p: ReaderProvision) => p.kind !== 'article';

function assigned(addresses: string[], p: ReaderProvision): boolean {
  if (!addresses.length) return false;
  return addresses.some(
    (a) => a === p.address || articleOf(a) === p.address || p.address.startsWith(`${a}__`),
  );
}

export default function DraftReaderPage() {
  const { taskId = '', address } = useParams();
  const navigate = useNavigate();
  const { data, error, loading } = useQuery(TaskDocument, { variables: { id: taskId } });
  const { provisions, loading: loadingText, error: textError } = useTaskProvisions(taskId);
  const [query, setQuery] = useState('');
  const [tocOpen, setTocOpen] = useState(false);
  const task = data?.consultationTask;
  const mine = data?.myAssignments.edges.map((e) => e.node).filter((a) => a.taskId === taskId) ?? [];
  const myAddresses = mine.flatMap((a) => a.provisionAddresses);
  // The caller's point (a collector sees only his own): once it stops collecting, 提出意见 is not offered.
  const status = anyAccepting(task?.pointTasks ?? []);
  const closed = status ? closedReason(status) : null;
  // Only those who take part at a point record opinions: the administrator or the legislature reads the text alone
  // (no 提出意见, 我的意见, 征集活动, and no "本联系点…" sentence about a point that is not theirs).
  const { session } = useSession();
  const takesPart = isContributor(session) || isExecutiveBody(session) || isUnitAdmin(session);
  useEffect(() => {
    rememberStatus(taskId, status);
  }, [taskId, status]);
  const focus = address ? articleOf(decodeURIComponent(address)) : null;
  const shown = useMemo(
    () => provisions.filter((p) => (query ? !isHeading(p) && matchesSearch(p, query) : true)),
    [provisions, query],
  );

  useEffect(() => {
    if (!focus || loadingText) return;
    document.getElementById(`p-${focus}`)?.scrollIntoView({ block: 'start' });
  }, [focus, loadingText]);

  const toc = (
    <Tree
      blockNode
      treeData={provisions.map((p) => ({
        key: p.address,
        title: `${'\u3000'.repeat(isHeading(p) ? Math.max(0, p.depth - 1) : 1)}${p.label}${p.heading ? ` ${p.heading}` : ''}`,
      }))}
      selectedKeys={focus ? [focus] : []}
      onSelect={(keys) => {
        const key = keys[0];
        if (typeof key !== 'string') return;
        setTocOpen(false);
        void navigate(`/tasks/${taskId}/provisions/${encodeURIComponent(key)}`);
      }}
    />
  );

  if (error && !data) return <Alert type="error" showIcon title={errorMessage(error)} />;
  if (loading && !data) return <Skeleton active />;
  if (!task) return <Empty description="任务不存在" />;

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
        {task.title}
      </Typography.Title>
      <Space wrap>
        <span>截止 {formatDateTime(status?.effectiveDeadline ?? task.deadline)}</span>
        {closed && status ? (
          <Tag color={closedTagColor(status)}>{closedTag(status)}</Tag>
        ) : (
          <DeadlineTag at={status?.effectiveDeadline ?? task.deadline} />
        )}
        {mine.map((a) => (
          <Tag key={a.id} color={a.overdue && !closed ? 'red' : 'gold'}>
            {ASSIGNMENT_KIND_LABELS[a.assigneeType]}：
            {a.provisionAddresses.length ? `${a.provisionAddresses.length} 处条文` : '全文'}，本人完成时限{' '}
            {formatDateTime(a.dueAt)}
          </Tag>
        ))}
      </Space>
      {closed && takesPart && <Alert type="info" showIcon title={closed} data-testid="collection-closed" />}
      <Space wrap>
        {!closed && takesPart && (
          <LinkButton to={`/tasks/${taskId}/opinions/new`} type="primary">
            提出意见
          </LinkButton>
        )}
        {takesPart && <LinkButton to={`/opinions?task=${taskId}`}>我的意见</LinkButton>}
        {takesPart && <LinkButton to={`/tasks/${taskId}/activities`}>征集活动</LinkButton>}
        {!closed && takesPart && <LinkButton to={`/tasks/${taskId}/paper`}>纸质意见表</LinkButton>}
        <TaskDraftLinks taskId={taskId} />
      </Space>
      <Collapse
        items={[
          {
            key: 'focus',
            label: `重点征求意见的问题（${task.focusQuestions.length}）`,
            children: task.focusQuestions.length ? (
              <ol style={{ margin: 0, paddingLeft: 20 }}>
                {task.focusQuestions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ol>
            ) : (
              '本任务未列出重点问题'
            ),
          },
          {
            key: 'notice',
            label: '征求意见通知',
            children: <div style={{ whiteSpace: 'pre-wrap' }}>{task.noticeText}</div>,
          },
        ]}
      />
      <div style={{ display: 'flex', gap: 8 }}>
        <Input.Search
          aria-label="搜索条文"
          placeholder="条号（如 13 或 第十三条）或词语"
          allowClear
          onSearch={setQuery}
          onChange={(e) => !e.target.value && setQuery('')}
        />
        <Button className="reader-toc-button" onClick={() => setTocOpen(true)}>
          目录
        </Button>
      </div>
      <Drawer title="目录" open={tocOpen} onClose={() => setTocOpen(false)} placement="left" size="default">
        {toc}
      </Drawer>
      {textError ? <Alert type="error" showIcon title={errorMessage(textError)} /> : null}
      <div className="reader">
        <nav className="reader-toc" aria-label="目录">
          {toc}
        </nav>
        <Card title={task.draftVersion.textTitle} extra={task.draftVersion.label} style={{ minWidth: 0 }}>
          {loadingText && <Skeleton active />}
          {!loadingText && query && <p>找到 {shown.length} 条</p>}
          {shown.map((p) =>
            isHeading(p) ? (
              <h3 key={p.id} id={`p-${p.address}`} style={{ textAlign: 'center', margin: '24px 0 12px' }}>
                {p.label} {p.heading}
              </h3>
            ) : (
              <section
                key={p.id}
                id={`p-${p.address}`}
                aria-label={p.citation}
                className={[
                  assigned(myAddresses, p) ? 'provision-highlight' : '',
                  focus === p.address ? 'provision-focus' : '',
                ].join(' ')}
                style={{ padding: '8px 10px', margin: '4px 0', scrollMarginTop: 72 }}
              >
                <div style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>{p.fullText}</div>
                <Space wrap size={4}>
                  {assigned(myAddresses, p) && <Tag color="gold">分发给我</Tag>}
                  {!closed && takesPart && (
                    <LinkButton
                      to={`/tasks/${taskId}/opinions/new?provision=${encodeURIComponent(p.address)}`}
                      size="middle"
                      aria-label={`对${p.citation}提出意见`}
                    >
                      提出意见
                    </LinkButton>
                  )}
                  <Link to={`/tasks/${taskId}/provisions/${encodeURIComponent(p.address)}`}>链接</Link>
                </Space>
              </section>
            ),
          )}
        </Card>
      </div>
    </Space>
  );
}
