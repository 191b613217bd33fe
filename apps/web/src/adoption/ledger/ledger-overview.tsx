// 台账总览: the legislature's ledger opens on every contact point it consults — one line per point with its year's
// tasks, opinions, suggestions, outcomes (研究中 included, so the outcomes and 待反馈 add up to 报送建议), 待反馈 and 采纳率 (as each point's own ledger reads them), the totals over all
// its points, sorted and paged on the server. A line opens that point's ledger. A table on a desk; on a phone one block
// per point with every figure labelled (as the ledger's breakdowns), and a sort select instead of column headers.
import { useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Grid, Select, Table, Tag, Typography, type TableColumnsType } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { errorMessage } from '../../common/api-errors';
import type { LedgerLineFragment, LedgerOverviewOrder } from '../../gql/graphql';
import {
  ADOPTION_RATE_DEFINITION,
  adoptionRateText,
  AWAITING_DECISION_LABEL,
  writeAddress,
} from './ledger-address';
import { LedgerOverviewDocument } from './ledger.operations';

/** Points per page (the API allows at most 100: LEDGER_OVERVIEW_PAGE_MAX). */
export const OVERVIEW_PAGE_SIZE = 20;

type Line = LedgerLineFragment;

interface Column {
  key: LedgerOverviewOrder;
  title: string;
  value: (l: Line) => ReactNode;
}

const FIGURE_COLUMNS: Column[] = [
  { key: 'TASKS', title: '承担任务', value: (l) => l.tasks },
  { key: 'OPINIONS', title: '征集意见', value: (l) => l.opinions },
  { key: 'SUGGESTIONS', title: '报送建议', value: (l) => l.suggestions },
  { key: 'ADOPTED', title: '采纳', value: (l) => l.adopted },
  { key: 'PARTIALLY_ADOPTED', title: '部分采纳', value: (l) => l.partiallyAdopted },
  { key: 'NOT_ADOPTED', title: '未采纳', value: (l) => l.notAdopted },
  { key: 'UNDER_STUDY', title: '研究中', value: (l) => l.underStudy },
  { key: 'AWAITING_DECISION', title: AWAITING_DECISION_LABEL, value: (l) => l.awaitingDecision },
  { key: 'ADOPTION_RATE', title: '采纳率', value: (l) => adoptionRateText(l) },
];

const SORT_OPTIONS: Array<{ value: string; label: string }> = [
  { value: 'NAME:asc', label: '按名称' },
  ...FIGURE_COLUMNS.map((c) => ({ value: `${c.key}:desc`, label: `${c.title}从多到少` })),
];

const pointHref = (year: number, point: string) =>
  `/ledger?${writeAddress({ year, point, show: false, filter: {}, page: 1 }).toString()}`;

export function LedgerOverview({ year, onOpen }: { year: number; onOpen: (pointId: string) => void }) {
  const [order, setOrder] = useState<{ by: LedgerOverviewOrder; descending: boolean }>({
    by: 'NAME',
    descending: false,
  });
  // The cursor each visited page starts after (opaque: a page is reached from the one before it).
  const [cursors, setCursors] = useState<Array<string | undefined>>([undefined]);
  const page = cursors.length;
  const { data, previousData, error, loading } = useQuery(LedgerOverviewDocument, {
    variables: {
      year,
      orderBy: order.by,
      descending: order.descending,
      first: OVERVIEW_PAGE_SIZE,
      after: cursors.at(-1),
    },
  });
  const overview = (data ?? previousData)?.adoptionLedgerOverview;
  const phone = !Grid.useBreakpoint().md;
  const lines = overview?.points.edges.map((e) => e.node) ?? [];
  // Points deactivated since: listed in the years they took part in, marked so.
  const inactive = new Set(overview?.inactivePointIds ?? []);
  const inactiveMark = (l: Line) =>
    inactive.has(l.key) && (
      <Tag className="ledger-inactive" style={{ marginInlineStart: 8 }}>
        已停用
      </Tag>
    );
  const total = overview?.points.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / OVERVIEW_PAGE_SIZE));

  const sortBy = (by: LedgerOverviewOrder, descending: boolean) => {
    setOrder({ by, descending });
    setCursors([undefined]);
  };

  const columns: TableColumnsType<Line> = [
    {
      key: 'NAME',
      title: '联系点',
      sorter: true,
      sortOrder: order.by === 'NAME' ? sortOrderOf(order.descending) : null,
      render: (_: unknown, l: Line) => (
        <>
          <Link to={pointHref(year, l.key)} className="ledger-name" onClick={(e) => e.stopPropagation()}>
            {l.label}
          </Link>
          {inactiveMark(l)}
        </>
      ),
    },
    ...FIGURE_COLUMNS.map((c) => ({
      key: c.key,
      title: c.title,
      align: 'right' as const,
      sorter: true,
      sortDirections: ['descend', 'ascend'] as SortOrder[],
      sortOrder: order.by === c.key ? sortOrderOf(order.descending) : null,
      render: (_: unknown, l: Line) => c.value(l),
    })),
  ];

  const pager = total > OVERVIEW_PAGE_SIZE && (
    <Flex gap={8} align="center" wrap className="ledger-overview-pager">
      <Button disabled={page === 1 || loading} onClick={() => setCursors((c) => c.slice(0, -1))}>
        上一页
      </Button>
      <span aria-live="polite">
        第 {page} / {pages} 页
      </span>
      <Button
        disabled={!overview?.points.pageInfo.hasNextPage || loading}
        onClick={() => {
          const end = overview?.points.pageInfo.endCursor;
          if (end) setCursors((c) => [...c, end]);
        }}
      >
        下一页
      </Button>
    </Flex>
  );

  return (
    <section aria-labelledby="ledger-overview-title">
      <h3 id="ledger-overview-title" className="ledger-section-title">
        {year} 年度各联系点台账
      </h3>
      <Typography.Paragraph type="secondary" style={{ margin: '0 0 8px' }}>
        共 {total} 个联系点（含本年度承担过任务、后来停用的联系点）。点联系点查看它的工作台账；
        <span data-testid="ledger-rate-definition">{ADOPTION_RATE_DEFINITION}</span>
        ，尚无任何决定时显示“待反馈”。
      </Typography.Paragraph>
      {error && !overview && <Alert type="error" showIcon title={errorMessage(error)} />}
      {overview && (
        <Card size="small" className="ledger-overview-totals" data-testid="ledger-overview-totals">
          <strong>全部联系点合计</strong>
          <dl className="ledger-years-figures">
            {FIGURE_COLUMNS.map((c) => (
              <div key={c.key}>
                <dt>{c.title}</dt>
                <dd>{c.value(overview.totals)}</dd>
              </div>
            ))}
          </dl>
        </Card>
      )}
      {phone ? (
        <>
          <label className="ledger-field" style={{ margin: '12px 0 4px' }}>
            <span>排序</span>
            <Select
              aria-label="排序"
              value={`${order.by}:${order.descending ? 'desc' : 'asc'}`}
              options={SORT_OPTIONS}
              onChange={(v: string) => {
                const [by, direction] = v.split(':');
                sortBy(by as LedgerOverviewOrder, direction === 'desc');
              }}
            />
          </label>
          {!lines.length && !loading ? (
            <Typography.Paragraph type="secondary">没有联系点</Typography.Paragraph>
          ) : (
            <ul className="ledger-years" aria-label="各联系点的数字">
              {lines.map((l) => (
                <li key={l.key} aria-label={l.label}>
                  <div className="ledger-years-head">
                    <Link to={pointHref(year, l.key)}>
                      <strong>{l.label}</strong>
                    </Link>
                    {inactiveMark(l)}
                  </div>
                  <dl className="ledger-years-figures">
                    {FIGURE_COLUMNS.map((c) => (
                      <div key={c.key}>
                        <dt>{c.title}</dt>
                        <dd>{c.value(l)}</dd>
                      </div>
                    ))}
                  </dl>
                </li>
              ))}
            </ul>
          )}
        </>
      ) : (
        <div className="ledger-table-scroll" role="group" aria-label="各联系点的数字" tabIndex={0}>
          <Table<Line>
            size="small"
            rowKey="key"
            loading={loading}
            dataSource={lines}
            columns={columns}
            pagination={false}
            locale={{ emptyText: '没有联系点' }}
            showSorterTooltip={false}
            rowClassName={() => 'ledger-overview-row'}
            onRow={(l) => ({ onClick: () => onOpen(l.key) })}
            onChange={(_p, _f, sorter) => {
              const s = Array.isArray(sorter) ? sorter[0] : sorter;
              if (!s?.order) sortBy('NAME', false);
              else sortBy(s.columnKey as LedgerOverviewOrder, s.order === 'descend');
            }}
          />
        </div>
      )}
      {pager}
    </section>
  );
}

const sortOrderOf = (descending: boolean): SortOrder => (descending ? 'descend' : 'ascend');
