// The consolidated suggestions (汇总条目) in the draft's order, 50 at a time: choose two or more to merge, open one
// to edit its wording beside its sources.
import { useMutation, useQuery } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  Checkbox,
  Empty,
  Form,
  Input,
  Modal,
  Space,
  Spin,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../common/api-errors';
import type { WorkbenchSuggestionFieldsFragment } from '../../gql/graphql';
import { MoreButton } from './opinion-row';
import { MergeSuggestionsDocument, WorkbenchSuggestionsDocument } from './workbench.operations';
import { appendPage, useWorkbench } from './workbench-context';
import { firstFetchPolicy, suggestionsVariables, thenCacheAndNetwork } from './workbench-prefetch';

type Suggestion = WorkbenchSuggestionFieldsFragment;

export function SuggestionCounts({ s }: { s: Suggestion }) {
  return (
    <Space wrap size={[6, 4]}>
      <Tag color="blue">{s.counts.opinions} 条意见</Tag>
      <Tag>{s.counts.people} 人</Tag>
      {s.counts.units > 0 && <Tag>{s.counts.units} 个单位</Tag>}
      {s.counts.annotations > 0 && <Tag color="purple">{s.counts.annotations} 条批注</Tag>}
    </Space>
  );
}

export function SuggestionsTab() {
  const wb = useWorkbench();
  const { message } = App.useApp();
  const [selected, setSelected] = useState<Suggestion[]>([]);
  const [mergeOpen, setMergeOpen] = useState(false);
  const [mergeError, setMergeError] = useState<string | null>(null);
  const [form] = Form.useForm<{ proposedChange: string; reason?: string }>();
  const [merge, merging] = useMutation(MergeSuggestionsDocument);
  const variables = suggestionsVariables(wb.taskId, wb.pointId, wb.provisionAddress);
  // From the request the route's loader sent when it just did (workbench-prefetch), else as usual.
  const [policy] = useState(() => firstFetchPolicy(WorkbenchSuggestionsDocument, variables));
  const { data, loading, error, fetchMore } = useQuery(WorkbenchSuggestionsDocument, {
    variables,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: policy,
    nextFetchPolicy: thenCacheAndNetwork,
  });
  const conn = data?.consolidation.suggestions;
  const suggestions = conn?.edges.map((e) => e.node) ?? [];
  const isSelected = (s: Suggestion) => selected.some((x) => x.id === s.id);

  const openMerge = () => {
    setMergeError(null);
    setMergeOpen(true);
  };
  const doMerge = async () => {
    const values = await form.validateFields();
    try {
      await merge({
        variables: {
          input: {
            suggestions: selected.map((s) => ({ id: s.id, version: s.version })),
            proposedChange: values.proposedChange,
            reason: values.reason || undefined,
          },
        },
      });
      setMergeOpen(false);
      setSelected([]);
      void message.success(`已合并 ${selected.length} 个汇总条目`);
      await wb.refresh();
    } catch (e) {
      setMergeError(errorMessage(e));
    }
  };

  return (
    <div>
      {wb.editable && (
        <div className="wb-actions">
          <Space wrap>
            <span>已选 {selected.length} 个</span>
            <Button disabled={selected.length < 2} onClick={openMerge}>
              合并所选…
            </Button>
            {selected.length > 0 && <Button onClick={() => setSelected([])}>取消选择</Button>}
          </Space>
        </div>
      )}
      {error && <Alert type="error" showIcon title={errorMessage(error)} />}
      <Spin spinning={loading && !data}>
        {conn && suggestions.length === 0 && (
          <Empty description="还没有汇总条目：点“生成汇总初稿”，或在未处理的意见中选中后新建" />
        )}
        <Space direction="vertical" style={{ width: '100%' }}>
          {suggestions.map((s, i) => (
            <Card key={s.id} size="small" className="wb-suggestion">
              <div className="wb-row">
                {wb.editable && (
                  <Checkbox
                    className="wb-row-check"
                    checked={isSelected(s)}
                    aria-label={`选择汇总条目 ${i + 1}（${s.citation}）`}
                    onChange={(e) =>
                      setSelected((prev) =>
                        e.target.checked ? [...prev, s] : prev.filter((x) => x.id !== s.id),
                      )
                    }
                  />
                )}
                <div className="wb-row-body">
                  <div className="wb-row-meta">
                    <strong>{s.citation}</strong>
                    <SuggestionCounts s={s} />
                  </div>
                  <Typography.Paragraph style={{ margin: 0 }}>{s.proposedChange}</Typography.Paragraph>
                  {/* Clamped in CSS: antd's measured ellipsis lays out each of the 50 cards again on the first screen. */}
                  {s.reason && <p className="wb-reason">理由：{s.reason}</p>}
                  <Button
                    type="link"
                    style={{ padding: 0 }}
                    onClick={() => wb.openSuggestion(s.id)}
                    aria-label={`${wb.editable ? '编辑与来源' : '查看来源'}：汇总条目 ${i + 1}（${s.citation}，${s.counts.opinions} 条意见）`}
                  >
                    {wb.editable ? '编辑与来源' : '查看来源'}
                  </Button>
                </div>
              </div>
            </Card>
          ))}
        </Space>
      </Spin>
      {conn && (
        <MoreButton
          shown={suggestions.length}
          total={conn.totalCount}
          hasNext={conn.pageInfo.hasNextPage}
          loading={loading}
          onMore={() =>
            void fetchMore({
              variables: { after: conn.pageInfo.endCursor, withTotal: false },
              updateQuery: (prev, { fetchMoreResult }) => ({
                consolidation: {
                  ...fetchMoreResult.consolidation,
                  suggestions: appendPage(
                    prev.consolidation.suggestions,
                    fetchMoreResult.consolidation.suggestions,
                  ),
                },
              }),
            })
          }
        />
      )}
      <Modal
        open={mergeOpen}
        title={`合并 ${selected.length} 个汇总条目`}
        okText="合并"
        cancelText="取消"
        okButtonProps={{ loading: merging.loading }}
        onOk={() => void doMerge()}
        onCancel={() => setMergeOpen(false)}
        destroyOnHidden
      >
        <p>合并后各条目的来源意见都归入新条目，计数相加。</p>
        <Form
          form={form}
          name="merge"
          layout="vertical"
          initialValues={{
            proposedChange: selected.map((s) => s.proposedChange).join('\n'),
            reason: selected.flatMap((s) => (s.reason ? [s.reason] : [])).join('\n'),
          }}
        >
          <Form.Item
            name="proposedChange"
            label="合并后的修改意见"
            rules={[{ required: true, whitespace: true, message: '请填写修改意见' }]}
          >
            <Input.TextArea rows={4} />
          </Form.Item>
          <Form.Item name="reason" label="理由">
            <Input.TextArea rows={3} />
          </Form.Item>
        </Form>
        {mergeError && <Alert type="error" showIcon title={mergeError} />}
      </Modal>
    </div>
  );
}
