// Choosing the suggestion that chosen opinions go into: searched on the server (wording, reason, citation, number)
// and paged, so that the right one is found among hundreds; the current provision's suggestions by default.
import { useQuery } from '@apollo/client/react';
import { Alert, Checkbox, Empty, Input, Radio, Space, Spin } from 'antd';
import { useState } from 'react';
import { errorMessage } from '../../common/api-errors';
import { useDebounced } from '../../common/use-debounced';
import { MoreButton } from './opinion-row';
import { WorkbenchSuggestionsDocument } from './workbench.operations';
import { appendPage, listFilter, useWorkbench } from './workbench-context';

/** Suggestions fetched per page of the picker. */
export const PICKER_PAGE_SIZE = 20;
/** The API's limit on a search (CONSOLIDATION_LIMITS.suggestionSearch). */
const SEARCH_MAX = 100;

export interface PickedSuggestion {
  id: string;
  version: number;
}

export function SuggestionPicker({
  value,
  onChange,
}: {
  value: PickedSuggestion | undefined;
  onChange: (picked: PickedSuggestion | undefined) => void;
}) {
  const wb = useWorkbench();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 300);
  const scoped = wb.provisionAddress !== undefined;
  const [onlyHere, setOnlyHere] = useState(scoped);
  const { data, previousData, loading, error, fetchMore } = useQuery(WorkbenchSuggestionsDocument, {
    variables: {
      taskId: wb.taskId,
      pointId: wb.pointId,
      ...(onlyHere ? listFilter(wb.provisionAddress) : {}),
      search: search || undefined,
      first: PICKER_PAGE_SIZE,
    },
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: true,
  });
  // While a new search runs the previous list stays (no flicker), but the count waits for the new answer.
  const page = (data ?? previousData)?.consolidation.suggestions;
  const current = data?.consolidation.suggestions;
  const options = page?.edges.map((e) => e.node) ?? [];
  const where = onlyHere ? (wb.provisionCitation ?? '本条') : '全部条文';

  return (
    <fieldset className="wb-choose">
      <legend>选择汇总条目</legend>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Input.Search
          allowClear
          maxLength={SEARCH_MAX}
          placeholder="输入序号或修改意见、理由中的词语查找"
          aria-label="查找汇总条目"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onSearch={(v) => setText(v)}
        />
        {scoped && (
          <Checkbox checked={onlyHere} onChange={(e) => setOnlyHere(e.target.checked)}>
            只看{wb.provisionCitation ?? '本条'}的汇总条目
          </Checkbox>
        )}
        {error && <Alert type="error" showIcon title={errorMessage(error)} />}
        <p className="wb-hint" role="status">
          {current
            ? search
              ? `${where}中含“${search}”的汇总条目共 ${current.totalCount} 条`
              : `${where}的汇总条目共 ${current.totalCount} 条`
            : '正在查找汇总条目…'}
        </p>
      </Space>
      <Spin spinning={loading && !page}>
        <div className="wb-choose-list">
          {current && options.length === 0 && (
            <Empty
              image={Empty.PRESENTED_IMAGE_SIMPLE}
              description={
                search ? '没有找到符合的汇总条目，换个词试试' : '还没有汇总条目，可先“新建汇总条目”'
              }
            />
          )}
          <Radio.Group
            value={value?.id}
            onChange={(e) => {
              const chosen = options.find((o) => o.id === e.target.value);
              onChange(chosen ? { id: chosen.id, version: chosen.version } : undefined);
            }}
          >
            <Space direction="vertical">
              {options.map((o) => (
                <Radio key={o.id} value={o.id}>
                  {o.number ? `${o.number}. ` : ''}
                  {o.citation}：
                  {o.proposedChange.length > 60 ? `${o.proposedChange.slice(0, 60)}…` : o.proposedChange}（
                  {o.counts.opinions} 条意见）
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </div>
      </Spin>
      {page && (
        <MoreButton
          shown={options.length}
          total={page.totalCount}
          hasNext={page.pageInfo.hasNextPage}
          loading={loading}
          onMore={() =>
            void fetchMore({
              variables: { after: page.pageInfo.endCursor, withTotal: false },
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
    </fieldset>
  );
}
