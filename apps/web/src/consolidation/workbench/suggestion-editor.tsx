// One suggestion opened beside the list: its wording (修改意见, 理由, under the draft's 原文, which is quoted as the draft
// says it and not edited here) on one side, its sources on the other. Saving
// carries the version it was opened at; when someone else saved meanwhile the API answers CONFLICT with their text,
// shown here so the person chooses: keep mine (save over theirs) or take theirs.
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Checkbox, Drawer, Form, Input, Popconfirm, Space, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorCode, errorMessage, showFieldErrors } from '../../common/api-errors';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { MoreButton, OpinionRow } from './opinion-row';
import { SuggestionCounts } from './suggestions-tab';
import {
  DeleteSuggestionDocument,
  RemoveSuggestionSourcesDocument,
  SplitSuggestionDocument,
  SuggestionSourcesDocument,
  UpdateSuggestionDocument,
} from './workbench.operations';
import { appendPage, useWorkbench } from './workbench-context';
import type { SuggestionSourcesQuery } from '../../gql/graphql';

interface Wording {
  proposedChange: string;
  reason?: string | null;
}

interface TheirVersion extends Wording {
  originalText?: string | null;
  version: number;
}

/** The other person's saved text carried by a CONFLICT answer (extensions.current), if any. */
function conflictOf(error: unknown): TheirVersion | null {
  if (errorCode(error) !== 'CONFLICT' || !CombinedGraphQLErrors.is(error)) return null;
  const current = error.errors[0]?.extensions?.current as TheirVersion | undefined;
  return current && typeof current.version === 'number' ? current : null;
}

const MAX_SPLIT_SOURCES = 2000;

export function SuggestionEditor({ id, onClose }: { id: string; onClose: () => void }) {
  const wb = useWorkbench();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [form] = Form.useForm<Wording>();
  const [version, setVersion] = useState<number | null>(null);
  const [theirs, setTheirs] = useState<TheirVersion | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const [update] = useMutation(UpdateSuggestionDocument);
  const [remove] = useMutation(RemoveSuggestionSourcesDocument);
  const [split] = useMutation(SplitSuggestionDocument);
  const [del] = useMutation(DeleteSuggestionDocument);
  const {
    data,
    loading,
    error: loadError,
    fetchMore,
  } = useQuery(SuggestionSourcesDocument, {
    variables: { id },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  const s = data?.suggestion;

  // The wording and version as they were when opened: later refetches do not overwrite what is being typed.
  useEffect(() => {
    if (s && version === null) {
      setVersion(s.version);
      form.setFieldsValue({
        proposedChange: s.proposedChange,
        reason: s.reason,
      });
    }
  }, [s, version, form]);

  const save = async (atVersion: number) => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const { data: saved } = await update({
        variables: {
          input: {
            id,
            version: atVersion,
            proposedChange: values.proposedChange,
            reason: values.reason ?? '',
          },
        },
      });
      if (saved) setVersion(saved.updateSuggestion.version);
      setTheirs(null);
      void message.success('已保存');
      await wb.refresh();
    } catch (e) {
      const current = conflictOf(e);
      if (current) setTheirs(current);
      else if (!showFieldErrors(form, e)) setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const takeTheirs = () => {
    if (!theirs) return;
    form.setFieldsValue({
      proposedChange: theirs.proposedChange,
      reason: theirs.reason,
    });
    setVersion(theirs.version);
    setTheirs(null);
    void message.info('已采用对方保存的内容');
  };

  const sourceKeys = (ids: string[]) => {
    const edges = data?.suggestion?.sources.edges ?? [];
    const chosenEdges = edges.filter((e) => ids.includes(e.node.sourceId));
    return {
      opinionIds: chosenEdges.filter((e) => e.node.type === 'OPINION').map((e) => e.node.sourceId),
      annotationIds: chosenEdges.filter((e) => e.node.type === 'ANNOTATION').map((e) => e.node.sourceId),
    };
  };

  /** Runs a change to the sources; a conflict here means the suggestion changed: reopen it. */
  const change = async (run: () => Promise<void>, done: string) => {
    setBusy(true);
    setError(null);
    try {
      await run();
      setChosen([]);
      void message.success(done);
      await wb.refresh();
    } catch (e) {
      setError(conflictOf(e) ? '该汇总条目已被他人修改，请关闭后重新打开再调整来源' : errorMessage(e));
    } finally {
      setBusy(false);
    }
  };

  const removeChosen = () =>
    change(async () => {
      const { data: after } = await remove({
        variables: { input: { id, version: version!, sources: sourceKeys(chosen) } },
      });
      if (after) setVersion(after.removeSuggestionSources.version);
    }, `已移出 ${chosen.length} 条来源，移出的意见回到未处理`);

  /** Split: the chosen sources become a new suggestion, the rest stay here (splitSuggestion needs every source). */
  const splitChosen = () =>
    change(async () => {
      const all: Array<{ type: string; sourceId: string; proposedChange?: string }> = [];
      let after: string | null = null;
      for (;;) {
        const res: { data?: SuggestionSourcesQuery } = await client.query({
          query: SuggestionSourcesDocument,
          variables: { id, after, first: 100 },
          fetchPolicy: 'network-only',
        });
        const conn = res.data?.suggestion?.sources;
        if (!conn) break;
        all.push(
          ...conn.edges.map((e) => ({
            type: e.node.type,
            sourceId: e.node.sourceId,
            proposedChange: e.node.opinion?.proposedChange,
          })),
        );
        if (!conn.pageInfo.hasNextPage || all.length >= MAX_SPLIT_SOURCES) break;
        after = conn.pageInfo.endCursor ?? null;
      }
      const picked = all.filter((x) => chosen.includes(x.sourceId));
      const rest = all.filter((x) => !chosen.includes(x.sourceId));
      const ids = (list: typeof all, type: string) =>
        list.filter((x) => x.type === type).map((x) => x.sourceId);
      const current = form.getFieldValue('proposedChange') as string;
      const { data: parts } = await split({
        variables: {
          input: {
            id,
            version: version!,
            parts: [
              {
                opinionIds: ids(rest, 'OPINION'),
                annotationIds: ids(rest, 'ANNOTATION'),
                proposedChange: current,
                reason: (form.getFieldValue('reason') as string | undefined) || undefined,
              },
              {
                opinionIds: ids(picked, 'OPINION'),
                annotationIds: ids(picked, 'ANNOTATION'),
                proposedChange: picked.find((x) => x.proposedChange)?.proposedChange ?? current,
              },
            ],
          },
        },
      });
      // The original is replaced by the parts: the first part takes its place in the editor.
      if (parts) onClose();
    }, `已拆分：所选 ${chosen.length} 条来源成为新的汇总条目`);

  const deleteIt = () =>
    change(async () => {
      await del({ variables: { input: { id, version: version! } } });
      onClose();
    }, '已删除汇总条目，其来源意见回到未处理');

  const sources = s?.sources;
  const canSplit = !!sources && chosen.length > 0 && chosen.length < sources.totalCount;

  return (
    <Drawer
      open
      onClose={onClose}
      title={s ? `汇总条目：${s.citation}` : '汇总条目'}
      size="large"
      width="min(1100px, 100vw)"
      destroyOnHidden
    >
      {loadError && <Alert type="error" showIcon title={errorMessage(loadError)} />}
      <Spin spinning={!s && loading}>
        {s && (
          <div className="wb-editor">
            <section className="wb-editor-text" aria-label="汇总条目内容">
              <SuggestionCounts s={s} />
              {theirs && (
                <Alert
                  type="warning"
                  showIcon
                  style={{ margin: '12px 0' }}
                  title="他人已先保存了这个汇总条目"
                  description={
                    <div>
                      <p>对方保存的内容：</p>
                      <div className="wb-theirs" data-testid="their-text">
                        <p>修改意见：{theirs.proposedChange}</p>
                        {theirs.reason && <p>理由：{theirs.reason}</p>}
                        {theirs.originalText && <p>原文：{theirs.originalText}</p>}
                      </div>
                      <Space wrap>
                        <Button type="primary" loading={busy} onClick={() => void save(theirs.version)}>
                          保留我的
                        </Button>
                        <Button onClick={takeTheirs}>采用对方的</Button>
                      </Space>
                    </div>
                  }
                />
              )}
              <Form
                form={form}
                name="suggestion"
                layout="vertical"
                disabled={!wb.editable}
                style={{ marginTop: 12 }}
              >
                {/* 原文 is the draft's text at the provision (the API refuses another: ORIGINAL_TEXT_READ_ONLY). */}
                {s.originalText && (
                  <div className="wb-original" data-testid="suggestion-original-text">
                    <Typography.Text strong>原文</Typography.Text>{' '}
                    <Typography.Text type="secondary">（取自草案，不能修改）</Typography.Text>
                    <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: '4px 0 16px' }}>
                      {s.originalText}
                    </Typography.Paragraph>
                  </div>
                )}
                <Form.Item
                  name="proposedChange"
                  label="修改意见"
                  rules={[
                    { required: true, whitespace: true, message: '请填写修改意见' },
                    { max: 5000, message: '不超过 5000 字' },
                  ]}
                >
                  <Input.TextArea autoSize={{ minRows: 3, maxRows: 12 }} />
                </Form.Item>
                <Form.Item name="reason" label="理由" rules={[{ max: 5000, message: '不超过 5000 字' }]}>
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 10 }} />
                </Form.Item>
              </Form>
              {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 12 }} />}
              {wb.editable && (
                <Space wrap>
                  <Button
                    type="primary"
                    loading={busy}
                    disabled={!!theirs}
                    onClick={() => void save(version!)}
                  >
                    保存
                  </Button>
                  <Popconfirm
                    title="删除这个汇总条目？"
                    description="其来源意见不会删除，回到未处理。"
                    okText="删除"
                    cancelText="取消"
                    onConfirm={() => void deleteIt()}
                  >
                    <Button danger>删除条目</Button>
                  </Popconfirm>
                </Space>
              )}
            </section>
            <section className="wb-editor-sources" aria-label="来源">
              <Typography.Title level={3} style={{ fontSize: 16 }}>
                来源（{sources?.totalCount ?? 0}）
              </Typography.Title>
              {wb.editable && (
                <Space wrap style={{ marginBottom: 8 }}>
                  <Button disabled={!chosen.length || busy} onClick={() => void removeChosen()}>
                    移出所选
                  </Button>
                  <Button disabled={!canSplit || busy} onClick={() => void splitChosen()}>
                    所选拆为新条目
                  </Button>
                </Space>
              )}
              <div className="wb-list">
                {sources?.edges.map(({ node }) =>
                  node.opinion ? (
                    <OpinionRow
                      key={node.sourceId}
                      opinion={node.opinion}
                      checked={chosen.includes(node.sourceId)}
                      onCheck={
                        wb.editable
                          ? (on) =>
                              setChosen((prev) =>
                                on ? [...prev, node.sourceId] : prev.filter((x) => x !== node.sourceId),
                              )
                          : undefined
                      }
                    />
                  ) : (
                    <div className="wb-row" key={node.sourceId}>
                      {wb.editable && (
                        <Checkbox
                          className="wb-row-check"
                          checked={chosen.includes(node.sourceId)}
                          aria-label="选择专家团队批注"
                          onChange={(e) =>
                            setChosen((prev) =>
                              e.target.checked
                                ? [...prev, node.sourceId]
                                : prev.filter((x) => x !== node.sourceId),
                            )
                          }
                        />
                      )}
                      <div className="wb-row-body">专家团队批注</div>
                    </div>
                  ),
                )}
              </div>
              {sources && (
                <MoreButton
                  shown={sources.edges.length}
                  total={sources.totalCount}
                  hasNext={sources.pageInfo.hasNextPage}
                  loading={loading}
                  onMore={() =>
                    void fetchMore({
                      variables: { after: sources.pageInfo.endCursor },
                      updateQuery: (prev, { fetchMoreResult }) => ({
                        suggestion:
                          prev.suggestion && fetchMoreResult.suggestion
                            ? {
                                ...fetchMoreResult.suggestion,
                                sources: appendPage(
                                  prev.suggestion.sources,
                                  fetchMoreResult.suggestion.sources,
                                ),
                              }
                            : fetchMoreResult.suggestion,
                      }),
                    })
                  }
                />
              )}
            </section>
          </div>
        )}
      </Spin>
    </Drawer>
  );
}
