// 专家批注: the task's draft for annotation. The expert selects words in a provision; a 批注 button appears on the
// selection and opens the form; the page computes the quote's offsets from the selection. Annotations stand in the
// margin beside their passage (highlighted), with their threads; on a phone the margin becomes a list under the
// provision. Annotations re-placed on a newer version show how they stand there (已定位 / 已移动 / 未能定位).
import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Alert, ConfigProvider, Button, Empty, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router';
import { errorMessage } from '../../common/api-errors';
import type { AnnotationThreadFragment } from '../../gql/graphql';
import { AnnotatedText } from './annotated-text';
import { AnnotationCard } from './annotation-card';
import { AnnotationForm } from './annotation-form';
import { AnnotationTaskDocument, TaskAnnotationsDocument } from './annotations.operations';
import { ADDRESS_ATTRIBUTE, passageOfSelection, type SelectedPassage } from './selection-offsets';
import { useTaskProvisions, type TaskProvision } from './use-task-provisions';
import { READABLE_THEME } from '../../drafts/compare/compare-labels';
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

  const lines = useMemo(() => (provisions ? linesOf(provisions) : []), [provisions]);
  const citations = useMemo(
    () => new Map((provisions ?? []).map((p) => [p.address, p.citation])),
    [provisions],
  );
  const versionId = task.data?.consultationTask?.draftVersionId;
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
    setHint(null);
    const box = root.getBoundingClientRect();
    const width = root.clientWidth;
    setFloating({
      passage: result.passage,
      top: result.rect.bottom - box.top + 8,
      left: Math.max(0, Math.min(result.rect.left - box.left, width - 120)),
    });
  }, []);

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
          专家批注
        </Typography.Title>
        {t ? (
          <Typography.Paragraph>
            <Typography.Text strong>{t.draftVersion.textTitle}</Typography.Text>
            <Typography.Text className="muted">（{t.draftVersion.label}）</Typography.Text>
          </Typography.Paragraph>
        ) : null}
        <Alert
          type="info"
          showIcon
          title="在条文中选中一段文字，点击出现的“批注”按钮，即可写下意见、建议修改的文字和依据。"
          style={{ marginBottom: 16 }}
        />
        {failure ? (
          <Alert type="error" showIcon title={errorMessage(failure)} style={{ marginBottom: 16 }} />
        ) : null}
        {elsewhere.length ? (
          <section className="anno-elsewhere" aria-label="已重新定位到新稿次的批注">
            <Typography.Title level={4}>已重新定位到新稿次的批注</Typography.Title>
            <Typography.Paragraph className="muted">
              草案已有新稿次，这些批注已按新稿次重新定位；未能定位的批注需要人工确认位置（目前接口尚不支持手动重新附着）。
            </Typography.Paragraph>
            {elsewhere.map((a) => (
              <AnnotationCard
                key={a.id}
                annotation={a}
                active={a.id === activeId}
                onActivate={() => setActiveId(a.id)}
                onOtherVersion
              />
            ))}
          </section>
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
                      />
                    ))}
                  </section>
                ) : null}
              </div>
            ),
          )}
          {floating ? (
            <div className="anno-float" style={{ top: floating.top, left: floating.left }}>
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
            </div>
          ) : null}
        </div>
        {hint ? (
          <div className="anno-hint" role="status">
            {hint}
          </div>
        ) : null}
        <AnnotationForm
          taskId={taskId}
          passage={editing}
          citation={editing ? (citations.get(editing.address) ?? '') : ''}
          onClose={() => setEditing(null)}
          onCreated={(id) => {
            setEditing(null);
            window.getSelection()?.removeAllRanges();
            setActiveId(id);
          }}
        />
      </div>
    </ConfigProvider>
  );
}
