// The suggestions behind a ledger figure, in a drawer whose filter and page are in the address (ledger-address.ts):
// 50 to a page, each with its task, provision, proposed change and the legislature's published decision.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Drawer, Empty, Grid, List, Pagination, Skeleton, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../common/api-errors';
import { CHANNEL_LABELS, OUTCOME_LABELS } from '../../common/labels';
import type { AdoptionLedgerQuery } from '../../gql/graphql';
import { OutcomeTag } from '../../common/outcome-tag';
import { shortTaskLabel, type SuggestionFilter } from './ledger-address';
import { LedgerSuggestionsCursorDocument, LedgerSuggestionsDocument } from './ledger.operations';

const PAGE_SIZE = 50;

interface Props {
  open: boolean;
  contactPointId: string;
  year: number;
  filter: SuggestionFilter;
  page: number;
  ledger: AdoptionLedgerQuery['adoptionLedger'];
  onPage: (page: number) => void;
  onClose: () => void;
}

/** The list's title from its filter, in the ledger's own words: 2022 年 · 北碚区总工会 · 采纳的建议. */
function titleOf(filter: SuggestionFilter, year: number, ledger: Props['ledger']): string {
  const label = (lines: Props['ledger']['byTask'], key?: string) => lines.find((l) => l.key === key)?.label;
  const parts = [`${year} 年`];
  if (filter.taskId) parts.push(shortTaskLabel(label(ledger.byTask, filter.taskId) ?? '该任务'));
  if (filter.liaisonUnitId) parts.push(label(ledger.byUnit, filter.liaisonUnitId) ?? '该联系单位');
  if (filter.collectorId) parts.push(label(ledger.byCollector, filter.collectorId) ?? '该采集员');
  if (filter.channel) parts.push(CHANNEL_LABELS[filter.channel]);
  parts.push(filter.outcome ? `${OUTCOME_LABELS[filter.outcome]}的建议` : '报送的建议');
  return parts.join(' · ');
}

/**
 * The `after` cursor of a page. Cursors are opaque, so page N opened from its address is reached by asking for the
 * end cursor of each page before it (a page's cursor query reads no rows' content); pages seen are remembered.
 */
function usePageCursor(
  vars: Record<string, unknown>,
  page: number,
): { after?: string; ready: boolean; error?: unknown } {
  const client = useApolloClient();
  const key = JSON.stringify(vars);
  const [known, setKnown] = useState<{ key: string; cursors: Map<number, string> }>({
    key,
    cursors: new Map(),
  });
  const cursors = known.key === key ? known.cursors : new Map<number, string>();
  const [error, setError] = useState<unknown>();
  const after = page > 1 ? cursors.get(page) : undefined;
  const ready = page === 1 || after !== undefined;

  useEffect(() => {
    if (ready) return;
    let cancelled = false;
    void (async () => {
      try {
        const found = new Map(cursors);
        let from = 1;
        for (let p = page - 1; p > 1; p--) {
          if (found.has(p)) {
            from = p;
            break;
          }
        }
        for (let p = from; p < page; p++) {
          const { data } = await client.query({
            query: LedgerSuggestionsCursorDocument,
            variables: {
              ...(vars as { contactPointId: string; year: number }),
              first: PAGE_SIZE,
              after: found.get(p),
            },
            fetchPolicy: 'no-cache',
          });
          const end = data?.ledgerSuggestions.pageInfo.endCursor;
          if (!end) break;
          found.set(p + 1, end);
        }
        if (!cancelled) setKnown({ key, cursors: found });
      } catch (e) {
        if (!cancelled) setError(e);
      }
    })();
    return () => {
      cancelled = true;
    };
    // `cursors` and `vars` follow `key`.
  }, [client, key, page, ready]);

  return { after, ready, error };
}

export function LedgerSuggestionsDrawer({
  open,
  contactPointId,
  year,
  filter,
  page,
  ledger,
  onPage,
  onClose,
}: Props) {
  const screens = Grid.useBreakpoint();
  const vars = { contactPointId, year, ...filter };
  const cursor = usePageCursor(vars, open ? page : 1);
  const list = useQuery(LedgerSuggestionsDocument, {
    variables: { ...vars, first: PAGE_SIZE, after: cursor.after },
    skip: !open || !cursor.ready,
  });
  const connection = list.data?.ledgerSuggestions;
  const taskTitle = new Map(ledger.byTask.map((t) => [t.key, shortTaskLabel(t.label)]));
  const title = titleOf(filter, year, ledger);
  const problem = list.error ?? cursor.error;

  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      placement="right"
      size={screens.md ? 720 : '100%'}
      destroyOnHidden
      closable={{ 'aria-label': '关闭' }}
      styles={{ body: { padding: 0, overflow: 'hidden', display: 'flex' } }}
    >
      {/* The drawer's own body cannot take the focus; this box can, so the keyboard scrolls a long list. */}
      <div className="ledger-drawer-scroll" tabIndex={0} role="group" aria-label={title}>
        {problem ? (
          <Alert type="error" showIcon title={errorMessage(problem)} />
        ) : !connection ? (
          <Skeleton active />
        ) : connection.totalCount === 0 ? (
          <Empty description="没有这样的建议" />
        ) : (
          <>
            <Typography.Paragraph>共 {connection.totalCount} 条建议</Typography.Paragraph>
            <List
              aria-label={title}
              dataSource={connection.edges.map((e) => e.node)}
              rowKey="id"
              renderItem={(s) => (
                <List.Item className="ledger-suggestion">
                  <div style={{ width: '100%' }}>
                    <Typography.Text type="secondary">
                      {taskTitle.get(s.taskId) ?? ''}
                      {s.number ? ` · 第 ${s.number} 条建议` : ''}
                    </Typography.Text>
                    <div className="ledger-suggestion-head">
                      <strong>{s.citation}</strong>
                      <OutcomeTag outcome={s.decision?.outcome} />
                      <Typography.Text type="secondary">{s.counts.opinions} 条意见</Typography.Text>
                    </div>
                    <Typography.Paragraph style={{ margin: '4px 0' }}>
                      {s.proposedChange}
                    </Typography.Paragraph>
                    {s.reason && (
                      <Typography.Paragraph type="secondary" style={{ margin: '4px 0' }}>
                        理由：{s.reason}
                      </Typography.Paragraph>
                    )}
                    {s.decision?.reason && (
                      <Typography.Paragraph style={{ margin: '4px 0' }}>
                        立法机关：{s.decision.reason}
                        {s.decision.reflectedCitation ? `（体现于${s.decision.reflectedCitation}）` : ''}
                      </Typography.Paragraph>
                    )}
                  </div>
                </List.Item>
              )}
            />
            {connection.totalCount > PAGE_SIZE && (
              <Pagination
                current={page}
                pageSize={PAGE_SIZE}
                total={connection.totalCount}
                showSizeChanger={false}
                onChange={onPage}
                style={{ marginTop: 16, textAlign: 'center' }}
              />
            )}
          </>
        )}
      </div>
    </Drawer>
  );
}
