// 采纳情况: the legislature reviews every suggestion submitted on a task (all points), beside the later version's
// evidence, chooses 采纳 / 部分采纳 / 未采纳 / 研究中 with a reason — by keyboard for hundreds of rows: j/k or ↑/↓ move,
// 1–4 choose, Enter opens the reason, Enter again saves and goes on — the choices saved as drafts, then all published
// together. Published rows are read-only. The 修改对照表 downloads through a signed link.
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Empty,
  Flex,
  Grid,
  Input,
  Progress,
  Radio,
  Select,
  Space,
  Spin,
  Table,
  Tag,
  Typography,
  type TableColumnsType,
} from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../common/api-errors';
import { formatDateTime } from '../../common/dates';
import { OUTCOME_LABELS } from '../../common/labels';
import { OUTCOME_STYLES } from '../../common/outcome-tag';
import { LinkButton } from '../../common/link-button';
import type { AdoptionOutcome } from '../../gql/graphql';
import {
  DecisionsDraftVersionsDocument,
  DecisionsTaskDocument,
  ExportComparisonTableDocument,
  ProposeFromTextDocument,
  PublishDecisionsDocument,
} from './decisions.operations';
import { isPublished, useReviewRows, type Pending, type Row, type SaveState } from './use-review-rows';
import './decisions.css';

const PAGE_SIZE = 50;
/** Keys 1–4, in the order the legislature's tables list them. */
const OUTCOMES: AdoptionOutcome[] = ['ADOPTED', 'PARTIALLY_ADOPTED', 'NOT_ADOPTED', 'UNDER_STUDY'];

const rowSelector = (id: string) => `tr[data-row-key="${CSS.escape(id)}"]`;
const reasonId = (id: string) => `decision-reason-${id}`;

/** The reason box keeps its own text while typing (no table render, no request per keystroke) and hands it over. */
function ReasonBox(props: {
  rowId: string;
  label: string;
  value: string;
  onCommit: (text: string, then: 'stay' | 'next' | 'row') => void;
}) {
  const [text, setText] = useState(props.value);
  useEffect(() => setText(props.value), [props.value]);
  return (
    <Input.TextArea
      id={reasonId(props.rowId)}
      aria-label={props.label}
      placeholder="理由（Enter 保存，Shift+Enter 换行）"
      autoSize={{ minRows: 1, maxRows: 6 }}
      maxLength={1000}
      value={text}
      onChange={(e) => setText(e.target.value)}
      onBlur={() => props.onCommit(text, 'stay')}
      onKeyDown={(e) => {
        if (e.nativeEvent.isComposing) return;
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          props.onCommit(text, 'next');
        } else if (e.key === 'Escape') {
          e.preventDefault();
          props.onCommit(text, 'row');
        }
      }}
    />
  );
}

function Evidence({ row, laterId, versionLabel }: { row: Row; laterId: string; versionLabel: string }) {
  const e = row.evidence.find((x) => x.laterVersionId === laterId);
  if (!laterId) return <Typography.Text type="secondary">暂无后续稿次</Typography.Text>;
  if (!e) return <Typography.Text type="secondary">尚未比对</Typography.Text>;
  return (
    <Space direction="vertical" size={2} style={{ width: '100%' }}>
      <span>
        {e.suggestedOutcome ? (
          <Tag style={OUTCOME_STYLES[e.suggestedOutcome]}>比对建议：{OUTCOME_LABELS[e.suggestedOutcome]}</Tag>
        ) : (
          <Tag>比对建议：无</Tag>
        )}
        <Typography.Text type="secondary" style={{ marginInlineStart: 4 }}>
          {versionLabel}
          {e.provisionDeleted ? ' 已删除该条' : e.laterCitation ? ` ${e.laterCitation}` : ''}
        </Typography.Text>
      </span>
      <Typography.Text>{e.summary}</Typography.Text>
      {e.matchedPassages.length > 0 && (
        <div>
          <Typography.Text type="secondary">相符的文字：</Typography.Text>
          {e.matchedPassages.map((p, i) => (
            <span key={i}>
              {i > 0 && '…'}
              <mark className="decision-passage">{p.text}</mark>
            </span>
          ))}
        </div>
      )}
    </Space>
  );
}

export default function DecisionsPage() {
  const { taskId = '' } = useParams();
  const { message, modal } = App.useApp();
  const desk = Grid.useBreakpoint().lg ?? false;
  const task = useQuery(DecisionsTaskDocument, { variables: { taskId } });
  const draftId = task.data?.consultationTask?.draftVersion.draftId ?? '';
  const versions = useQuery(DecisionsDraftVersionsDocument, { variables: { draftId }, skip: !draftId });
  const consulted = task.data?.consultationTask?.draftVersion;
  const laterVersions = useMemo(
    () =>
      [...(versions.data?.draft?.versions ?? [])]
        .filter((v) => consulted && v.sequence > consulted.sequence)
        .sort((a, b) => b.sequence - a.sequence),
    [versions.data, consulted],
  );
  const [chosenLater, setChosenLater] = useState<string | null>(null);
  const laterId = chosenLater ?? laterVersions[0]?.id ?? '';
  const laterLabel = laterVersions.find((v) => v.id === laterId)?.label ?? '';

  const { summary, rows, latestRows, loading, loadError, load, pending, saves, choose, save, saveAll } =
    useReviewRows(taskId);
  const [active, setActive] = useState(0);
  const [page, setPage] = useState(1);
  const focusWanted = useRef<'row' | 'reason' | null>(null);
  // Bumped on every keyboard move, so that a move to the same row (1–4 → its reason box) still moves the focus.
  const [focusRequest, setFocusRequest] = useState(0);
  const [publish, { loading: publishing }] = useMutation(PublishDecisionsDocument);
  const [exportTable, { loading: exporting }] = useMutation(ExportComparisonTableDocument);
  const [propose, { loading: proposing }] = useMutation(ProposeFromTextDocument);

  const pointName = useMemo(
    () => new Map((summary?.points ?? []).map((p) => [p.contactPointId, p.name])),
    [summary],
  );
  const manyPoints = (summary?.points.length ?? 0) > 1;
  const decided = rows.filter((r) => r.decision).length;
  const unpublished = rows.filter((r) => r.decision?.changedSincePublished);
  const publishedCount = rows.filter(isPublished).length;
  const allPublished = rows.length > 0 && publishedCount === rows.length;
  const byOutcome = OUTCOMES.map((o) => [o, rows.filter((r) => r.decision?.outcome === o).length] as const);

  const valueOf = (row: Row) => ({
    outcome: pending[row.id]?.outcome ?? row.decision?.outcome,
    reason: pending[row.id]?.reason ?? row.decision?.reason ?? '',
  });

  // Bring the row (or its reason box) the keyboard moved to into focus once its page is shown.
  useEffect(() => {
    const row = rows[active];
    if (!row || !focusWanted.current) return;
    const target =
      focusWanted.current === 'reason'
        ? document.getElementById(reasonId(row.id))
        : document.querySelector<HTMLElement>(rowSelector(row.id));
    focusWanted.current = null;
    target?.focus();
    target?.scrollIntoView({ block: 'nearest' });
  }, [active, page, rows, focusRequest]);

  const moveTo = useCallback(
    (index: number, focus: 'row' | 'reason' = 'row') => {
      if (!rows.length) return;
      const next = Math.max(0, Math.min(rows.length - 1, index));
      const left = rows[active];
      if (left && next !== active) void save(left.id);
      focusWanted.current = focus;
      setFocusRequest((n) => n + 1);
      setActive(next);
      setPage(Math.floor(next / PAGE_SIZE) + 1);
    },
    [rows, active, save],
  );

  const chooseOutcome = (index: number, outcome: AdoptionOutcome) => {
    const row = rows[index];
    if (!row || isPublished(row)) return;
    choose(row.id, { outcome });
    if (valueOf(row).reason.trim()) {
      // Complete: saved at once (after React has the new choice).
      setTimeout(() => void save(row.id), 0);
    } else {
      moveTo(index, 'reason');
    }
  };

  const commitReason = (index: number, text: string, then: 'stay' | 'next' | 'row') => {
    const row = rows[index];
    if (!row) return;
    // A choice is saved only with its reason. Enter on an empty reason went on to the next row and left the choice
    // unsaved (填写理由后保存) — a keyboard user learnt it only from the publish dialog. Stay here and say so.
    if (then === 'next' && !text.trim() && valueOf(row).outcome && !isPublished(row)) {
      void message.warning('请先填写理由：采纳情况须附理由才能保存（Esc 返回本行，j 跳过）');
      return;
    }
    if (text !== valueOf(row).reason) choose(row.id, { reason: text });
    setTimeout(() => void save(row.id), 0);
    if (then === 'next') moveTo(index + 1);
    else if (then === 'row') moveTo(index);
  };

  const onRowKey = (index: number, e: Pick<KeyboardEvent, 'key' | 'preventDefault'>) => {
    const row = rows[index];
    const key = e.key;
    if (key === 'j' || key === 'ArrowDown') moveTo(index + 1);
    else if (key === 'k' || key === 'ArrowUp') moveTo(index - 1);
    else if (key === 'n') {
      const next = rows.findIndex((r, i) => i > index && !r.decision && !pending[r.id]?.outcome);
      if (next >= 0) moveTo(next);
      else void message.info('后面没有未决定的条目了');
    } else if (/^[1-4]$/.test(key)) chooseOutcome(index, OUTCOMES[Number(key) - 1]);
    else if (key === 'a') {
      const suggested = row?.evidence.find((x) => x.laterVersionId === laterId)?.suggestedOutcome;
      if (suggested) chooseOutcome(index, suggested);
    } else if (key === 'Enter' && row && !isPublished(row)) moveTo(index, 'reason');
    else return;
    e.preventDefault();
  };

  // The highlighted row takes the keys from the moment the page shows, not only once a row has the focus: while
  // nothing else holds the focus (the page itself, not a field, button, link or dialog), a key goes to the active row.
  const pageKey = useRef(onRowKey);
  pageKey.current = onRowKey;
  const activeRef = useRef(active);
  activeRef.current = active;
  const hasRows = rows.length > 0;
  useEffect(() => {
    if (!hasRows) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
      const at = document.activeElement;
      if (at && at !== document.body && at !== document.documentElement) return;
      pageKey.current(activeRef.current, e);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [hasRows]);

  const confirmPublish = async () => {
    const incomplete = await saveAll();
    const now = latestRows();
    const fresh = now.filter((r) => r.decision?.changedSincePublished);
    const freshPoints = new Set(fresh.map((r) => r.contactPointId)).size;
    const undecided = now.filter((r) => !r.decision).length;
    if (!fresh.length) {
      void message.warning(
        incomplete ? '请先为选了采纳情况的条目填写理由' : '没有新的或修改过的采纳决定可以发布',
      );
      return;
    }
    modal.confirm({
      title: '发布采纳情况',
      content: (
        <Space direction="vertical">
          <span>
            将发布 <strong>{fresh.length}</strong> 条采纳决定，涉及 <strong>{freshPoints}</strong> 个联系点。
          </span>
          {undecided > 0 && <span>另有 {undecided} 条尚未决定，不在本次发布之列。</span>}
          {incomplete > 0 && <span>有 {incomplete} 条选了采纳情况但没有填写理由，未保存。</span>}
          <span>发布后，联系点、联系单位和采集员会收到通知；已发布的决定在本页只读。</span>
        </Space>
      ),
      okText: '确认发布',
      cancelText: '取消',
      onOk: async () => {
        try {
          const { data } = await publish({ variables: { input: { taskId } } });
          const r = data!.publishAdoptionDecisions;
          void message.success(
            `已发布 ${r.decisions} 条决定，涉及 ${r.opinions} 条意见，已通知 ${r.notified} 人`,
          );
          await load();
        } catch (e) {
          void message.error(errorMessage(e));
        }
      },
    });
  };

  const download = async () => {
    try {
      const { data } = await exportTable({
        variables: { input: { taskId, laterVersionId: laterId || undefined } },
      });
      const file = data!.exportComparisonTable;
      const a = document.createElement('a');
      a.href = file.signedUrl;
      a.download = file.filename;
      document.body.append(a);
      a.click();
      a.remove();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const recompare = async () => {
    try {
      await propose({ variables: { input: { taskId, laterVersionId: laterId } } });
      await load();
      void message.success(`已按${laterLabel}重新比对`);
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  const suggestionCell = (row: Row, index: number) => (
    <Space direction="vertical" size={2} style={{ width: '100%' }}>
      <span>
        <Typography.Text strong>
          {index + 1}. {row.citation}
        </Typography.Text>
        {manyPoints && <Tag style={{ marginInlineStart: 8 }}>{pointName.get(row.contactPointId)}</Tag>}
      </span>
      <Typography.Text>{row.proposedChange}</Typography.Text>
      {row.reason && <Typography.Text type="secondary">理由：{row.reason}</Typography.Text>}
    </Space>
  );
  const sourcesCell = (row: Row) => (
    <Typography.Text type="secondary">
      意见 {row.counts.opinions} 条（{row.counts.people} 人）
      {desk ? <br /> : '，'}
      {/* No unit behind opinions that the executing body or an expert recorded themselves. */}
      {row.counts.units > 0 || row.counts.opinions === 0
        ? `单位 ${row.counts.units} 个`
        : '由执行机构或专家录入'}
      {desk ? <br /> : '，'}方式 {row.counts.channels} 种
      {row.counts.annotations > 0 &&
        (desk ? (
          <>
            <br />
            专家团队批注 {row.counts.annotations} 条
          </>
        ) : (
          `，专家团队批注 ${row.counts.annotations} 条`
        ))}
    </Typography.Text>
  );
  const decisionCell = (row: Row, index: number) => {
    const label = `第 ${index + 1} 条`;
    if (isPublished(row)) {
      const d = row.decision!;
      return (
        <Space direction="vertical" size={2}>
          <Tag style={OUTCOME_STYLES[d.outcome]}>{OUTCOME_LABELS[d.outcome]}</Tag>
          <Typography.Text>{d.reason}</Typography.Text>
          <Typography.Text type="secondary">已发布 {formatDateTime(d.publishedAt)}</Typography.Text>
        </Space>
      );
    }
    const value = valueOf(row);
    const state: SaveState | undefined = saves[row.id];
    const unsaved: Pending | undefined = pending[row.id];
    return (
      <Space direction="vertical" size={4} style={{ width: '100%' }}>
        <Radio.Group
          className="decision-outcomes"
          aria-label={`${label}的采纳情况`}
          optionType="button"
          size="small"
          value={value.outcome}
          onChange={(e) => chooseOutcome(index, e.target.value as AdoptionOutcome)}
          options={OUTCOMES.map((o) => ({ value: o, label: OUTCOME_LABELS[o] }))}
        />
        <ReasonBox
          rowId={row.id}
          label={`${label}的理由`}
          value={value.reason}
          onCommit={(text, then) => commitReason(index, text, then)}
        />
        <Typography.Text type={state?.kind === 'error' ? 'danger' : 'secondary'} aria-live="polite">
          {state?.kind === 'saving'
            ? '正在保存…'
            : state?.kind === 'error'
              ? state.message
              : unsaved?.outcome && !value.reason.trim()
                ? '填写理由后保存'
                : unsaved
                  ? '未保存'
                  : row.decision
                    ? row.decision.publishedAt
                      ? '已修改，待发布'
                      : '草稿已保存，待发布'
                    : '未决定'}
        </Typography.Text>
      </Space>
    );
  };

  const columns: TableColumnsType<Row> = desk
    ? [
        {
          key: 'suggestion',
          title: '汇总意见',
          render: (_, row, i) => suggestionCell(row, (page - 1) * PAGE_SIZE + i),
        },
        { key: 'sources', title: '来源', width: 130, render: (_, row) => sourcesCell(row) },
        {
          key: 'evidence',
          title: laterLabel ? `文本佐证（${laterLabel}）` : '文本佐证',
          width: 300,
          render: (_, row) => <Evidence row={row} laterId={laterId} versionLabel={laterLabel} />,
        },
        {
          key: 'decision',
          title: '采纳情况与理由',
          width: 320,
          render: (_, row, i) => decisionCell(row, (page - 1) * PAGE_SIZE + i),
        },
      ]
    : [
        {
          key: 'all',
          title: '汇总意见与采纳情况',
          render: (_, row, i) => {
            const index = (page - 1) * PAGE_SIZE + i;
            return (
              <Space direction="vertical" size={6} style={{ width: '100%' }}>
                {suggestionCell(row, index)}
                {sourcesCell(row)}
                <Evidence row={row} laterId={laterId} versionLabel={laterLabel} />
                {decisionCell(row, index)}
              </Space>
            );
          },
        },
      ];

  const title = task.data?.consultationTask?.title;
  const failed = loadError ?? task.error;
  return (
    <Space direction="vertical" size={16} style={{ width: '100%' }}>
      <Card>
        <Typography.Title level={2} style={{ fontSize: 20, marginTop: 0 }}>
          采纳情况{title ? `：${title}` : ''}
        </Typography.Title>
        {failed && !rows.length ? (
          <Alert type="error" showIcon title={errorMessage(failed)} />
        ) : (
          <Space direction="vertical" size={12} style={{ width: '100%' }}>
            <Flex wrap gap={16} align="center">
              <div style={{ minWidth: 200, flex: '1 1 240px' }}>
                <Typography.Text strong data-testid="decided-progress">
                  已决定 {decided} / {rows.length}
                </Typography.Text>
                <Progress
                  percent={rows.length ? Math.round((decided / rows.length) * 100) : 0}
                  showInfo={false}
                  aria-label="决定进度"
                />
              </div>
              <Typography.Text type="secondary">
                {byOutcome.map(([o, n]) => `${OUTCOME_LABELS[o]} ${n}`).join(' · ')}
              </Typography.Text>
              <Typography.Text type="secondary">
                已发布 {publishedCount} 条{unpublished.length ? `，待发布 ${unpublished.length} 条` : ''}
                {summary ? `；${summary.points.length} 个联系点报送` : ''}
              </Typography.Text>
            </Flex>
            {allPublished && (
              <Alert type="success" showIcon title={`采纳情况已发布（${publishedCount} 条），本页只读。`} />
            )}
            <Flex wrap gap={8} align="center">
              {!allPublished && (
                <Button
                  type="primary"
                  loading={publishing}
                  disabled={!unpublished.length && !Object.keys(pending).length}
                  onClick={() => void confirmPublish()}
                >
                  发布采纳情况
                </Button>
              )}
              <Button loading={exporting} onClick={() => void download()}>
                下载修改对照表
              </Button>
              {laterVersions.length > 0 && (
                <>
                  <Select
                    aria-label="比对的后续稿次"
                    style={{ minWidth: 140 }}
                    value={laterId}
                    onChange={(v: string) => setChosenLater(v)}
                    options={laterVersions.map((v) => ({ value: v.id, label: v.label }))}
                  />
                  {!allPublished && (
                    <Button loading={proposing} onClick={() => void recompare()}>
                      重新比对
                    </Button>
                  )}
                </>
              )}
              <LinkButton to={`/tasks/${taskId}`}>查看草案</LinkButton>
            </Flex>
            {!allPublished && desk && (
              <Typography.Paragraph type="secondary" className="decision-keys" style={{ margin: 0 }}>
                键盘：<kbd>j</kbd>/<kbd>k</kbd> 或 <kbd>↓</kbd>/<kbd>↑</kbd> 上下移动，<kbd>1</kbd>–
                <kbd>4</kbd> 选择采纳 / 部分采纳 / 未采纳 / 研究中，<kbd>a</kbd> 采用比对建议，
                <kbd>Enter</kbd> 填写理由（再按 <kbd>Enter</kbd> 保存并到下一条，<kbd>Esc</kbd> 返回），
                <kbd>n</kbd> 下一条未决定。决定随时保存为草稿，发布前联系点看不到。
              </Typography.Paragraph>
            )}
          </Space>
        )}
      </Card>
      {loading && !rows.length ? (
        <Spin tip="加载中…">
          <div style={{ minHeight: 80 }} />
        </Spin>
      ) : !rows.length && !failed ? (
        <Card>
          <Empty description="尚未收到联系点报送的汇总表" />
        </Card>
      ) : rows.length ? (
        <Table<Row>
          className="decisions-table"
          rowKey="id"
          size="middle"
          columns={columns}
          dataSource={rows}
          tableLayout="fixed"
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            showSizeChanger: false,
            hideOnSinglePage: true,
            showTotal: (total) => `共 ${total} 条`,
            onChange: (p) => {
              setPage(p);
              setActive((p - 1) * PAGE_SIZE);
            },
          }}
          onRow={(row, i = 0) => {
            const index = (page - 1) * PAGE_SIZE + i;
            return {
              tabIndex: index === active ? 0 : -1,
              className: `decision-row${index === active ? ' decision-row-active' : ''}`,
              'aria-current': index === active ? 'true' : undefined,
              onKeyDown: (e: KeyboardEvent<HTMLElement>) => {
                if (e.target !== e.currentTarget || e.altKey || e.ctrlKey || e.metaKey) return;
                onRowKey(index, e);
              },
              onFocus: (e) => {
                if (index !== active) {
                  const left = rows[active];
                  if (left) void save(left.id);
                  setActive(index);
                }
                void e;
              },
            } as React.HTMLAttributes<HTMLElement>;
          }}
        />
      ) : null}
    </Space>
  );
}
