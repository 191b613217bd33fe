// 专家团队批注: the task's draft for annotation. The expert selects words in a provision; a 批注 button appears on the
// selection and opens the form; the page computes the quote's offsets from the selection. Annotations stand in the
// margin beside their passage (highlighted), with their threads; on a phone the margin becomes a list under the
// provision. Annotations re-placed on a newer version show how they stand there (已定位 / 已移动 / 未能定位).
// The author corrects an annotation from its card: 修改 opens the same form; 重新选择原文 puts the page in re-select
// mode, where the next selection's button (改为此处) moves the annotation onto the newly selected words. When the draft
// has newer versions, the executing body re-places the task's annotations on the latest one from here (ReanchorCard).
import { EditOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, ConfigProvider, Button, Empty, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../common/api-errors';
import { annotationsClosedReason, anyAccepting, withdrawable } from '../../consultation/collection-status';
import type { AnnotationThreadFragment } from '../../gql/graphql';
import { AnnotatedText } from './annotated-text';
import { AnnotationCard } from './annotation-card';
import { AnnotationForm } from './annotation-form';
import { ReanchorCard } from './reanchor-card';
import {
  AnnotationTaskDocument,
  TaskAnnotationsDocument,
  UpdateAnnotationDocument,
} from './annotations.operations';
import { ADDRESS_ATTRIBUTE, passageOfSelection, type SelectedPassage } from './selection-offsets';
import { useTaskProvisions, type TaskProvision } from './use-task-provisions';
import { READABLE_THEME } from '../../drafts/compare/compare-labels';
import { isExecutiveBody, isSystemAdmin } from '../../identity/roles';
import { useSession } from '../../identity/use-session';
import './annotations.css';

const CONTAINER_KINDS = new Set(['part', 'subpart', 'chapter', 'section']);

interface Line {
  provision: TaskProvision;
  /** The number shown before the words: the article's 第八条 before its first paragraph, an item's （一）. */
  prefix: string;
  heading: boolean;
}

/** The draft as lines to read: container headings, and every provision that has words of its own. */
function linesOf(provisions: TaskProvision[]): Line[] {
  const byId = new Map(provisions.map((p) => [p.id, p]));
  const sorted = [...provisions].sort((a, b) => a.position - b.position);
  const firstChildShown = new Set<string>();
  const lines: Line[] = [];
  for (const p of sorted) {
    if (CONTAINER_KINDS.has(p.kind.toLowerCase())) {
      lines.push({
        provision: p,
        prefix: `${p.label}${p.heading ? `\u3000${p.heading}` : ''}`,
        heading: true,
      });
      continue;
    }
    if (!p.text) continue;
    const parent = p.parentId ? byId.get(p.parentId) : undefined;
    let prefix = p.label;
    // An article's number stands before its first paragraph, as printed.
    if (p.kind.toLowerCase() === 'paragraph' && parent && !firstChildShown.has(parent.id)) {
      firstChildShown.add(parent.id);
      prefix = `${parent.label}${parent.heading ? `【${parent.heading}】` : ''}`;
    }
    lines.push({ provision: p, prefix, heading: false });
  }
  return lines;
}

/**
 * Which provisions the person may annotate, as the API decides (AnnotationService): the executing body the whole draft;
 * an expert the provisions distributed to them — a provision is theirs when it or one of its ancestors (its article,
 * chapter) is in an assignment, or an assignment names no provisions (the whole draft). `null`: everything.
 */
function annotatable(
  provisions: TaskProvision[],
  assignments: Array<{ provisionAddresses: string[] }>,
): Set<string> | null {
  if (assignments.some((a) => a.provisionAddresses.length === 0)) return null;
  const given = new Set(assignments.flatMap((a) => a.provisionAddresses));
  const byId = new Map(provisions.map((p) => [p.id, p]));
  const mine = new Set<string>();
  for (const p of provisions) {
    for (let q: TaskProvision | undefined = p; q; q = q.parentId ? byId.get(q.parentId) : undefined)
      if (given.has(q.address)) {
        mine.add(p.address);
        break;
      }
  }
  return mine;
}

interface Floating {
  passage: SelectedPassage;
  top: number;
  left: number;
}

export default function AnnotationPage() {
  const { taskId = '' } = useParams();
  const task = useQuery(AnnotationTaskDocument, { variables: { taskId } });
  const annotations = useQuery(TaskAnnotationsDocument, { variables: { taskId } });
  const { provisions, error: provisionsError } = useTaskProvisions(taskId);
  const rootRef = useRef<HTMLDivElement>(null);
  const [floating, setFloating] = useState<Floating | null>(null);
  const [hint, setHint] = useState<string | null>(null);
  const [editing, setEditing] = useState<SelectedPassage | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<AnnotationThreadFragment | null>(null);
  const [reselecting, setReselecting] = useState<AnnotationThreadFragment | null>(null);
  const [reselectProblem, setReselectProblem] = useState<string | null>(null);
  const { message } = App.useApp();
  const [update, { loading: moving }] = useMutation(UpdateAnnotationDocument, {
    refetchQueries: [TaskAnnotationsDocument],
    awaitRefetchQueries: true,
  });

  const { session } = useSession();
  const wholeDraft = isExecutiveBody(session) || isSystemAdmin(session);
  const myAssignments = useMemo(
    () =>
      (task.data?.myAssignments.edges ?? [])
        .map((e) => e.node)
        .filter((a) => a.taskId === taskId && a.assigneeType === 'EXPERT'),
    [task.data, taskId],
  );
  // null: the whole draft. An expert's other provisions are shown, but offer no 批注 (the API refuses them).
  const mayAnnotate = useMemo(
    // Until the assignments have loaded nothing is held back (the API decides in any case).
    () => (wholeDraft || !provisions || !task.data ? null : annotatable(provisions, myAssignments)),
    [wholeDraft, provisions, task.data, myAssignments],
  );
  const lines = useMemo(() => (provisions ? linesOf(provisions) : []), [provisions]);
  const citations = useMemo(
    () => new Map((provisions ?? []).map((p) => [p.address, p.citation])),
    [provisions],
  );
  const versionId = task.data?.consultationTask?.draftVersionId;
  // The API takes new annotations, replies and edits on submitOpinion's rule (collecting, before the deadline), and
  // withdrawals until consolidation starts: what it would refuse is not offered, and the page says why.
  const collection = anyAccepting(task.data?.consultationTask?.pointTasks ?? []);
  const closed = annotationsClosedReason(collection);
  const mayWithdraw = withdrawable(collection);
  const all = annotations.data?.annotations ?? [];
  // Annotations anchored in the version on screen go beside their passage; those re-placed on a newer version are
  // listed apart, with where they went.
  const here = new Map<string, AnnotationThreadFragment[]>();
  const elsewhere: AnnotationThreadFragment[] = [];
  for (const a of all) {
    if (a.draftVersionId === versionId && a.provisionAddress) {
      here.set(a.provisionAddress, [...(here.get(a.provisionAddress) ?? []), a]);
    } else elsewhere.push(a);
  }

  const readSelection = useCallback(() => {
    const root = rootRef.current;
    if (!root) return;
    const result = passageOfSelection(window.getSelection(), root);
    if (!result.ok) {
      setFloating(null);
      setHint(result.problem);
      return;
    }
    // A new annotation only on a provision distributed to the person (re-selecting one's own stays within it too).
    if (mayAnnotate && !mayAnnotate.has(result.passage.address)) {
      setFloating(null);
      setHint('该条文不在分配给您的范围内，不能批注；可批注的条文见页首。');
      return;
    }
    setHint(null);
    const box = root.getBoundingClientRect();
    const width = root.clientWidth;
    setFloating({
      passage: result.passage,
      top: result.rect.bottom - box.top + 8,
      left: Math.max(0, Math.min(result.rect.left - box.left, width - 120)),
    });
  }, [mayAnnotate]);

  // Touch devices select without a mouseup: follow the selection itself, a moment after it settles.
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const changed = () => {
      clearTimeout(timer);
      timer = setTimeout(readSelection, 200);
    };
    document.addEventListener('selectionchange', changed);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('selectionchange', changed);
    };
  }, [readSelection]);

  const moveTo = async (target: AnnotationThreadFragment, passage: SelectedPassage) => {
    setReselectProblem(null);
    try {
      await update({
        variables: {
          input: {
            id: target.id,
            expectedRevision: target.revision,
            provisionAddress: passage.address,
            start: passage.start,
            end: passage.end,
          },
        },
      });
      setReselecting(null);
      setFloating(null);
      window.getSelection()?.removeAllRanges();
      setActiveId(target.id);
      void message.success('已改为新选择的原文');
    } catch (error) {
      // The API's reason (changed meanwhile, consolidation started, …); the page stays in re-select mode.
      setReselectProblem(errorMessage(error));
      void annotations.refetch();
    }
  };

  /**
   * Why an annotation cannot be re-selected on this page: the API places the new offsets in the annotation's own
   * version, so an annotation re-placed on another version than the text shown here would take words it was not given.
   */
  const reselectBlocked = (a: AnnotationThreadFragment) =>
    a.draftVersionId === versionId
      ? null
      : '这条批注已定位到新稿次，本页显示的是任务所附稿次的条文，不能在此重新选择原文；请待任务改用新稿次后再定位。';

  /**
   * Where an orphan's quote comes from: its anchor stays on the version it was written or last placed on, older than
   * the one it is listed on, and that is the only text its words (and offsets) belong to.
   */
  const quoteFrom = (a: AnnotationThreadFragment) => {
    if (a.anchorStatus !== 'ORPHANED' || !a.anchorVersionId || a.anchorVersionId === a.draftVersionId)
      return null;
    const label = task.data?.consultationTask?.draftVersion.label;
    return a.anchorVersionId === versionId && label ? `“${label}”` : '此前的稿次';
  };

  const cardActions = (a: AnnotationThreadFragment) => ({
    onEdit: () => setCorrecting(a),
    onReselect: () => {
      setReselectProblem(null);
      setReselecting((current) => (current?.id === a.id ? null : a));
    },
    reselecting: reselecting?.id === a.id,
    reselectBlocked: reselectBlocked(a),
    closed: !!closed,
    mayWithdraw,
  });

  const focusCard = (id: string) => {
    setActiveId(id);
    document.querySelector(`[data-annotation-id="${CSS.escape(id)}"]`)?.scrollIntoView({ block: 'nearest' });
  };

  if (task.error) return <Alert type="error" showIcon title={errorMessage(task.error)} />;
  const failure = annotations.error ?? provisionsError;
  const t = task.data?.consultationTask;

  return (
    <ConfigProvider theme={READABLE_THEME}>
      <div className="anno-page">
        <Typography.Title level={2} style={{ marginTop: 0 }}>
          专家团队批注
        </Typography.Title>
        {t ? (
          <Typography.Paragraph>
            <Typography.Text strong>{t.draftVersion.textTitle}</Typography.Text>
            <Typography.Text className="muted">（{t.draftVersion.label}）</Typography.Text>
          </Typography.Paragraph>
        ) : null}
        {closed ? (
          <Alert
            type="warning"
            showIcon
            data-testid="annotations-closed"
            title={closed}
            style={{ marginBottom: 16 }}
          />
        ) : (
          <Alert
            type="info"
            showIcon
            title="在条文中选中一段文字，点击出现的“批注”按钮，即可写下意见、建议修改的文字和依据。"
            description={
              mayAnnotate && provisions
                ? `分发给您的条文：${
                    [...new Set(myAssignments.flatMap((a) => a.provisionAddresses))]
                      .map((address) => citations.get(address) ?? address)
                      .join('、') || '无'
                  }。其他条文可以阅读，不能批注。`
                : undefined
            }
            style={{ marginBottom: 16 }}
          />
        )}
        {failure ? (
          <Alert type="error" showIcon title={errorMessage(failure)} style={{ marginBottom: 16 }} />
        ) : null}
        {t?.draftVersion.supersededById ? (
          <ReanchorCard taskId={taskId} onDone={() => void annotations.refetch()} />
        ) : null}
        {elsewhere.length ? (
          <section className="anno-elsewhere" aria-label="已重新定位到新稿次的批注">
            <Typography.Title level={4}>已重新定位到新稿次的批注</Typography.Title>
            <Typography.Paragraph className="muted">
              草案已有新稿次，这些批注已按新稿次重新定位；未能定位的批注需要作者重新定位。
            </Typography.Paragraph>
            {elsewhere.map((a) => (
              <AnnotationCard
                key={a.id}
                annotation={a}
                active={a.id === activeId}
                onActivate={() => setActiveId(a.id)}
                onOtherVersion
                quoteFrom={quoteFrom(a)}
                {...cardActions(a)}
              />
            ))}
          </section>
        ) : null}
        {reselecting ? (
          <Alert
            type="warning"
            showIcon
            role="status"
            className="anno-reselect-banner"
            title={`重新选择原文：请在条文中选中新的文字，再点击“改为此处”。原来选中的是“${reselecting.quote ?? ''}”。`}
            description={reselectProblem ?? undefined}
            action={
              <Button size="small" onClick={() => setReselecting(null)}>
                取消重新选择
              </Button>
            }
            style={{ marginBottom: 16 }}
          />
        ) : null}
        {!provisions && !provisionsError ? (
          <Spin tip="正在读取条文…" size="large">
            <div style={{ minHeight: 80 }} />
          </Spin>
        ) : null}
        {provisions && !lines.length ? <Empty description="这个稿次没有条文" /> : null}
        <div className="anno-doc" ref={rootRef} onMouseUp={readSelection} onKeyUp={readSelection}>
          {lines.map(({ provision: p, prefix, heading }) =>
            heading ? (
              <h3 key={p.id} className={`anno-heading anno-heading-${p.kind.toLowerCase()}`} id={p.address}>
                {prefix}
              </h3>
            ) : (
              <div key={p.id} className="anno-line" id={p.address}>
                <p className={`anno-para anno-${p.kind.toLowerCase()}`}>
                  {prefix ? (
                    <span className="anno-label">
                      {prefix}
                      {'\u3000'}
                    </span>
                  ) : null}
                  <span className="anno-text" {...{ [ADDRESS_ATTRIBUTE]: p.address }}>
                    <AnnotatedText
                      text={p.text}
                      highlights={(here.get(p.address) ?? []).map((a) => ({
                        id: a.id,
                        start: a.startOffset ?? 0,
                        end: a.endOffset ?? 0,
                      }))}
                      activeId={activeId}
                      onActivate={focusCard}
                    />
                  </span>
                </p>
                {here.get(p.address)?.length ? (
                  <section className="anno-margin" aria-label={`${p.citation}的批注`}>
                    {here.get(p.address)!.map((a) => (
                      <AnnotationCard
                        key={a.id}
                        annotation={a}
                        active={a.id === activeId}
                        onActivate={() => setActiveId(a.id)}
                        {...cardActions(a)}
                      />
                    ))}
                  </section>
                ) : null}
              </div>
            ),
          )}
          {floating && !closed ? (
            <div className="anno-float" style={{ top: floating.top, left: floating.left }}>
              {reselecting ? (
                <Button
                  type="primary"
                  icon={<EditOutlined />}
                  loading={moving}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => void moveTo(reselecting, floating.passage)}
                >
                  改为此处
                </Button>
              ) : (
                <Button
                  type="primary"
                  aria-label="批注"
                  icon={<EditOutlined />}
                  // Keep the selection when the button is pressed.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => {
                    setEditing(floating.passage);
                    setFloating(null);
                  }}
                >
                  批注
                </Button>
              )}
            </div>
          ) : null}
        </div>
        {hint && !closed ? (
          <div className="anno-hint" role="status">
            {hint}
          </div>
        ) : null}
        <AnnotationForm
          taskId={taskId}
          passage={editing}
          annotation={correcting}
          citation={
            editing
              ? (citations.get(editing.address) ?? '')
              : correcting?.provisionAddress
                ? (citations.get(correcting.provisionAddress) ?? '')
                : ''
          }
          onClose={() => {
            setEditing(null);
            setCorrecting(null);
          }}
          onCreated={(id) => {
            setEditing(null);
            setCorrecting(null);
            window.getSelection()?.removeAllRanges();
            setActiveId(id);
          }}
        />
      </div>
    </ConfigProvider>
  );
}
