// 稿次对照: two versions of a draft side by side from compareDraftVersions — insertions underlined in green, deletions
// struck through in red, moved, split, merged and renumbered articles labelled. The versions are chosen in the URL
// (/drafts/:draftId/compare?from=…&to=…), so a comparison can be linked to.
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  ConfigProvider,
  Button,
  Card,
  Empty,
  Select,
  Space,
  Spin,
  Switch,
  Tag,
  Typography,
} from 'antd';
import { useId, useMemo, useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../common/api-errors';
import { formatDate } from '../../common/dates';
import type { ArticleChangeKind, ComparedArticleFragment } from '../../gql/graphql';
import {
  CHANGE_KIND_TONES,
  TAG_STYLES,
  CHANGE_KIND_LABELS,
  CHANGED_KINDS,
  sideOf,
  type Segment,
} from './compare-labels';
import {
  CompareChangesDocument,
  CompareSummaryDocument,
  DraftVersionsForCompareDocument,
} from './compare.operations';
import { READABLE_THEME } from './compare-labels';
import './version-compare.css';

const PAGE_SIZE = 50;

export default function VersionComparePage() {
  const { draftId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const [onlyChanges, setOnlyChanges] = useState(true);
  const fromId = useId();
  const toId = useId();
  const onlyId = useId();

  const versions = useQuery(DraftVersionsForCompareDocument, { variables: { draftId } });
  const list = useMemo(
    () => [...(versions.data?.draft?.versions ?? [])].sort((a, b) => a.sequence - b.sequence),
    [versions.data],
  );
  // Without a choice in the URL: the last version (or the one linked to) against the one before it.
  const to = params.get('to') ?? list.at(-1)?.id ?? '';
  const toIndex = list.findIndex((v) => v.id === to);
  const from = params.get('from') ?? (toIndex > 0 ? list[toIndex - 1].id : '');
  const choose = (side: 'from' | 'to', id: string) => {
    const next = new URLSearchParams(params);
    next.set('from', side === 'from' ? id : from);
    next.set('to', side === 'to' ? id : to);
    setParams(next, { replace: true });
  };
  const options = list.map((v) => ({
    value: v.id,
    label: `第${v.sequence}稿 ${v.label}（${formatDate(v.createdAt)}）`,
  }));
  const ready = !!from && !!to && from !== to;

  return (
    <ConfigProvider theme={READABLE_THEME}>
      <div className="compare-page">
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          稿次对照
        </Typography.Title>
        {versions.error ? (
          <Alert type="error" showIcon title={errorMessage(versions.error)} />
        ) : versions.loading && !versions.data ? (
          <Spin />
        ) : (
          <Space direction="vertical" size="middle" style={{ width: '100%' }}>
            <Typography.Text strong>{versions.data?.draft?.title}</Typography.Text>
            {list.length < 2 ? (
              <Alert type="info" showIcon title="这部草案只有一个稿次，收到新稿次后才能对照。" />
            ) : null}
            <div className="compare-pickers">
              <div className="compare-picker">
                <label htmlFor={fromId}>原稿次</label>
                <Select
                  id={fromId}
                  aria-label="原稿次"
                  value={from || undefined}
                  options={options}
                  onChange={(v: string) => choose('from', v)}
                  placeholder="选择原稿次"
                />
              </div>
              <div className="compare-picker">
                <label htmlFor={toId}>新稿次</label>
                <Select
                  id={toId}
                  aria-label="新稿次"
                  value={to || undefined}
                  options={options}
                  onChange={(v: string) => choose('to', v)}
                  placeholder="选择新稿次"
                />
              </div>
              <Space>
                <Switch
                  id={onlyId}
                  checked={onlyChanges}
                  onChange={setOnlyChanges}
                  aria-label="只看有变化的条文"
                />
                <label htmlFor={onlyId}>只看有变化的条文</label>
              </Space>
            </div>
            {from && to && from === to ? (
              <Alert type="warning" showIcon title="请选择两个不同的稿次。" />
            ) : null}
            {ready ? (
              <Comparison
                key={`${from}/${to}/${onlyChanges}`}
                from={from}
                to={to}
                onlyChanges={onlyChanges}
              />
            ) : null}
          </Space>
        )}
      </div>
    </ConfigProvider>
  );
}

function Comparison({ from, to, onlyChanges }: { from: string; to: string; onlyChanges: boolean }) {
  const summary = useQuery(CompareSummaryDocument, { variables: { fromVersionId: from, toVersionId: to } });
  // Each page of rows is its own query; "加载更多" adds the next page after the last one's cursor.
  const [pages, setPages] = useState<(string | null)[]>([null]);
  if (summary.error) return <Alert type="error" showIcon title={errorMessage(summary.error)} />;
  const s = summary.data?.compareDraftVersions.summary;
  return (
    <>
      {s ? (
        <Card size="small" title="变化概况">
          <Space wrap>
            <span>
              原稿次 {s.fromArticles} 条，新稿次 {s.toArticles} 条：
            </span>
            <Tag style={TAG_STYLES.gold}>修改 {s.modified}</Tag>
            <Tag style={TAG_STYLES.green}>新增 {s.added}</Tag>
            <Tag style={TAG_STYLES.red}>删除 {s.removed}</Tag>
            <Tag style={TAG_STYLES.purple}>移动 {s.moved}</Tag>
            <Tag style={TAG_STYLES.cyan}>拆分 {s.split}</Tag>
            <Tag style={TAG_STYLES.cyan}>合并 {s.merged}</Tag>
            <Tag style={TAG_STYLES.blue}>重新编号 {s.renumbered}</Tag>
            <Tag style={TAG_STYLES.plain}>未改 {s.unchanged}</Tag>
          </Space>
          <div className="compare-legend" style={{ marginTop: 8 }}>
            <span>
              图例：<ins className="diff-ins">新增的文字</ins>
            </span>
            <span>
              <del className="diff-del">删去的文字</del>
            </span>
          </div>
        </Card>
      ) : (
        <Spin />
      )}
      <div>
        {pages.map((after, i) => (
          <ChangesPage
            key={after ?? 'first'}
            from={from}
            to={to}
            after={after}
            onlyChanges={onlyChanges}
            onMore={i === pages.length - 1 ? (cursor) => setPages((p) => [...p, cursor]) : undefined}
          />
        ))}
      </div>
    </>
  );
}

function ChangesPage(props: {
  from: string;
  to: string;
  after: string | null;
  onlyChanges: boolean;
  onMore?: (cursor: string) => void;
}) {
  const { data, error, loading } = useQuery(CompareChangesDocument, {
    variables: {
      fromVersionId: props.from,
      toVersionId: props.to,
      kinds: props.onlyChanges ? CHANGED_KINDS : null,
      first: PAGE_SIZE,
      after: props.after,
    },
  });
  if (error) return <Alert type="error" showIcon title={errorMessage(error)} />;
  if (loading && !data) return <Spin />;
  const changes = data?.compareDraftVersions.changes;
  if (!changes) return null;
  if (!props.after && changes.totalCount === 0)
    return <Empty description={props.onlyChanges ? '两个稿次的条文没有变化' : '没有条文'} />;
  return (
    <>
      {changes.edges.map(({ node, cursor }) => (
        <ChangeRow key={cursor} change={node} />
      ))}
      {changes.pageInfo.hasNextPage && props.onMore && changes.pageInfo.endCursor ? (
        <Button block onClick={() => props.onMore?.(changes.pageInfo.endCursor!)}>
          加载更多
        </Button>
      ) : null}
    </>
  );
}

interface Change {
  kind: ArticleChangeKind;
  renumbered: boolean;
  relocated: boolean;
  reordered: boolean;
  textChanged: boolean;
  formattingChanged: boolean;
  headingChanged: boolean;
  description: string;
  diff?: Segment[] | null;
  from: ComparedArticleFragment[];
  to: ComparedArticleFragment[];
}

function ChangeRow({ change }: { change: Change }) {
  const title = (change.to[0] ?? change.from[0])?.citation ?? '';
  return (
    <section
      className="compare-row"
      aria-label={`${title} ${CHANGE_KIND_LABELS[change.kind]}`}
      data-kind={change.kind}
    >
      <div className="compare-row-head">
        <Tag style={TAG_STYLES[CHANGE_KIND_TONES[change.kind]]}>{CHANGE_KIND_LABELS[change.kind]}</Tag>
        {change.renumbered ? <Tag style={TAG_STYLES.blue}>重新编号</Tag> : null}
        {change.relocated ? <Tag style={TAG_STYLES.purple}>移至其他章节</Tag> : null}
        {change.reordered && !change.relocated ? <Tag style={TAG_STYLES.purple}>顺序调整</Tag> : null}
        {change.headingChanged ? <Tag style={TAG_STYLES.plain}>标题修改</Tag> : null}
        {change.formattingChanged && !change.textChanged ? (
          <Tag style={TAG_STYLES.plain}>仅格式变化</Tag>
        ) : null}
        <Typography.Text className="muted">{change.description}</Typography.Text>
      </div>
      <div className="compare-sides">
        <Side
          title="原稿次"
          articles={change.from}
          diff={change.diff ? sideOf(change.diff, 'from') : null}
          whole={change.kind === 'REMOVED' ? 'del' : null}
        />
        <Side
          title="新稿次"
          articles={change.to}
          diff={change.diff ? sideOf(change.diff, 'to') : null}
          whole={change.kind === 'ADDED' ? 'ins' : null}
        />
      </div>
    </section>
  );
}

function place(a: ComparedArticleFragment): string {
  return a.containers.map((c) => `${c.label}${c.heading ? ` ${c.heading}` : ''}`).join(' / ');
}

function Side(props: {
  title: string;
  articles: ComparedArticleFragment[];
  diff: Segment[] | null;
  /** How the whole text is marked when the article stands on this side only (added or removed). */
  whole: 'ins' | 'del' | null;
}) {
  const { articles, diff } = props;
  const header = (
    <div className="compare-side-title">
      {props.title}
      {articles.length ? `：${articles.map((a) => a.citation).join('、')}` : ''}
      {articles[0] && place(articles[0]) ? `（${place(articles[0])}）` : ''}
    </div>
  );
  if (!articles.length)
    return (
      <div>
        {header}
        <div className="compare-empty">（无对应条文）</div>
      </div>
    );
  if (diff)
    return (
      <div>
        {header}
        <div className="compare-article">
          {diff.map((s, i) =>
            s.op === 'insert' ? (
              <ins key={i}>{s.text}</ins>
            ) : s.op === 'delete' ? (
              <del key={i}>{s.text}</del>
            ) : (
              <span key={i}>{s.text}</span>
            ),
          )}
        </div>
      </div>
    );
  // No character diff: the same text on both sides, or an article standing on one side only (added or removed),
  // which is marked as a whole.
  return (
    <div>
      {header}
      {articles.map((a) => (
        <div key={a.address} className="compare-article">
          {props.whole === 'ins' ? <ins>{a.text}</ins> : props.whole === 'del' ? <del>{a.text}</del> : a.text}
        </div>
      ))}
    </div>
  );
}
