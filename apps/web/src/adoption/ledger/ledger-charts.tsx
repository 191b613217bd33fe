// The ledger's breakdowns: by year, task, unit and channel as charts (each with its table, the charts' text
// alternative), and by collector as a table. A bar, slice or figure in a table opens the suggestions behind it. Every
// line of every table (and phone block) shows its outcomes and 待反馈, so they add up to its 报送建议 on screen.
import { useQuery } from '@apollo/client/react';
import { Button, Card, Grid, Table, Typography, type TableColumnsType } from 'antd';
import { useMemo, type ReactNode } from 'react';
import { CHANNEL_LABELS } from '../../common/labels';
import type {
  AdoptionLedgerQuery,
  AdoptionOutcome,
  LedgerLineFragment,
  LedgerYearFragment,
  OpinionChannel,
} from '../../gql/graphql';
import { EChart, type ChartOption } from './echart';
import {
  adoptionRateText,
  AWAITING_DECISION_LABEL,
  chartTaskLabel,
  shortTaskLabel,
  type SuggestionFilter,
} from './ledger-address';
import { LedgerYearsDocument } from './ledger.operations';

type Ledger = AdoptionLedgerQuery['adoptionLedger'];

interface Props {
  ledger: Ledger;
  contactPointId: string;
  year: number;
  /** The year the point was designated: the chart by year starts no earlier. */
  firstYear: number;
  onOpen: (filter: SuggestionFilter) => void;
  onYear: (year: number) => void;
}

const OUTCOME_SERIES: Array<{
  key: keyof LedgerLineFragment;
  outcome?: AdoptionOutcome;
  name: string;
  color: string;
}> = [
  { key: 'adopted', outcome: 'ADOPTED', name: '采纳', color: '#237804' },
  { key: 'partiallyAdopted', outcome: 'PARTIALLY_ADOPTED', name: '部分采纳', color: '#0958d9' },
  { key: 'notAdopted', outcome: 'NOT_ADOPTED', name: '未采纳', color: '#8c8c8c' },
  { key: 'underStudy', outcome: 'UNDER_STUDY', name: '研究中', color: '#d48806' },
];

/**
 * Lines that name no unit or collector to narrow to: the public's (网上征集（公众）) by unit and by collector, and the
 * expert team's (suggestions drafted from 专家批注: 专家团队（批注）, by channel 专家批注) in every breakdown.
 */
const PUBLIC_ORIGIN_KEY = 'PUBLIC';
const EXPERT_ORIGIN_KEY = 'ANNOTATION';
const narrowable = (key: string) => !!key && key !== PUBLIC_ORIGIN_KEY && key !== EXPERT_ORIGIN_KEY;

/** Suggestions submitted with no published decision yet (the API's figure). */
const pending = (l: LedgerLineFragment) => l.awaitingDecision;

// Stable functions, so a chart's option is made again only when its figures change (not when the list opens).
const taskChartLabel = (l: LedgerLineFragment) => chartTaskLabel(l.label);
const plainLabel = (l: LedgerLineFragment) => l.label;

const lineSummary = (l: LedgerLineFragment) =>
  `${l.label}：意见 ${l.opinions} 条，报送建议 ${l.suggestions} 条，采纳 ${l.adopted} 条，部分采纳 ${l.partiallyAdopted} 条`;

export default function LedgerCharts({ ledger, contactPointId, year, firstYear, onOpen, onYear }: Props) {
  const byUnit = useMemo(
    () => ledger.byUnit.filter((l) => l.opinions > 0 || l.suggestions > 0),
    [ledger.byUnit],
  );
  return (
    <div className="ledger-charts">
      <YearSection contactPointId={contactPointId} year={year} firstYear={firstYear} onYear={onYear} />
      <BreakdownSection
        id="ledger-by-task"
        title="按任务"
        nameTitle="任务"
        lines={ledger.byTask}
        chartLabel={taskChartLabel}
        filterOf={(l) => ({ taskId: l.key })}
        onOpen={onOpen}
        showTasks={false}
      />
      <BreakdownSection
        id="ledger-by-unit"
        title="按联系单位"
        nameTitle="联系单位"
        lines={byUnit}
        chartLabel={plainLabel}
        filterOf={(l) => (narrowable(l.key) ? { liaisonUnitId: l.key } : null)}
        onOpen={onOpen}
      />
      <ChannelSection lines={ledger.byChannel} onOpen={onOpen} />
      <section aria-labelledby="ledger-by-collector">
        <Card
          title={
            <h3 id="ledger-by-collector" className="ledger-card-title">
              按采集员
            </h3>
          }
        >
          <BreakdownTable
            nameTitle="采集员"
            lines={ledger.byCollector}
            filterOf={(l) => (narrowable(l.key) ? { collectorId: l.key } : null)}
            onOpen={onOpen}
          />
        </Card>
      </section>
    </div>
  );
}

function ChartCard({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id}>
      <Card
        title={
          <h3 id={id} className="ledger-card-title">
            {title}
          </h3>
        }
      >
        {children}
      </Card>
    </section>
  );
}

function YearSection({
  contactPointId,
  year,
  firstYear,
  onYear,
}: {
  contactPointId: string;
  year: number;
  firstYear: number;
  onYear: (year: number) => void;
}) {
  // Five years up to the chosen one (aliases of one query); each year's figures are its own, not cached with the
  // chosen year's full ledger, which has more fields.
  const five = [year - 4, year - 3, year - 2, year - 1, year];
  const { data } = useQuery(LedgerYearsDocument, {
    variables: { contactPointId, y1: five[0], y2: five[1], y3: five[2], y4: five[3], y5: five[4] },
    fetchPolicy: 'no-cache',
  });
  const rows = useMemo(
    () =>
      data
        ? [data.y1, data.y2, data.y3, data.y4, data.y5].filter((r) => r.year >= Math.min(firstYear, year))
        : [],
    [data, firstYear, year],
  );
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: {
        left: 8,
        right: 8,
        top: 40,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: { type: 'category', data: rows.map((r) => `${r.year}`) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          barMaxWidth: 40,
          name: '报送建议',
          data: rows.map((r) => r.suggestions),
          itemStyle: { color: '#8c8c8c' },
        },
        {
          type: 'bar',
          barMaxWidth: 40,
          name: '采纳',
          data: rows.map((r) => r.adopted),
          itemStyle: { color: '#237804' },
        },
        {
          type: 'bar',
          barMaxWidth: 40,
          name: '部分采纳',
          data: rows.map((r) => r.partiallyAdopted),
          itemStyle: { color: '#0958d9' },
        },
      ],
    }),
    [rows],
  );
  // On a phone the seven columns did not fit: 采纳率 and 部分采纳 were out of sight in a box scrolled sideways. There
  // each year is a line of its own with all its figures.
  const phone = !Grid.useBreakpoint().md;
  const summary = `按年度：${rows
    .map(
      (r) =>
        `${r.year} 年报送建议 ${r.suggestions} 条，采纳 ${r.adopted} 条，部分采纳 ${r.partiallyAdopted} 条`,
    )
    .join('；')}`;
  return (
    <ChartCard id="ledger-by-year" title="按年度">
      {rows.length > 0 && (
        <EChart option={option} summary={summary} height={260} onSelect={(i) => onYear(rows[i].year)} />
      )}
      {phone ? (
        <YearList rows={rows} year={year} loading={!data} onYear={onYear} />
      ) : (
        <ScrollBox label="按年度的数字">
          <Table
            size="small"
            rowKey="year"
            pagination={false}
            loading={!data}
            dataSource={rows}
            columns={[
              {
                title: '年度',
                dataIndex: 'year',
                render: (y: number) =>
                  y === year ? (
                    <strong>{y} 年</strong>
                  ) : (
                    <Button type="link" size="small" onClick={() => onYear(y)}>
                      {y} 年
                    </Button>
                  ),
              },
              { title: '任务', dataIndex: 'tasks', align: 'right' },
              { title: '意见', dataIndex: 'opinions', align: 'right' },
              { title: '报送建议', dataIndex: 'suggestions', align: 'right' },
              { title: '采纳', dataIndex: 'adopted', align: 'right' },
              { title: '部分采纳', dataIndex: 'partiallyAdopted', align: 'right' },
              { title: '未采纳', dataIndex: 'notAdopted', align: 'right' },
              { title: '研究中', dataIndex: 'underStudy', align: 'right' },
              { title: AWAITING_DECISION_LABEL, dataIndex: 'awaitingDecision', align: 'right' },
              {
                title: '采纳率',
                dataIndex: 'adoptionRate',
                align: 'right',
                render: (_: number, r: YearRow) => adoptionRateText(r),
              },
            ]}
          />
        </ScrollBox>
      )}
    </ChartCard>
  );
}

type YearRow = LedgerYearFragment;

/** The years' figures on a phone: one block per year, every figure labelled, nothing scrolled sideways. */
function YearList({
  rows,
  year,
  loading,
  onYear,
}: {
  rows: YearRow[];
  year: number;
  loading: boolean;
  onYear: (year: number) => void;
}) {
  if (loading) return <Typography.Paragraph type="secondary">正在读取各年度的数字…</Typography.Paragraph>;
  return (
    <ul className="ledger-years" aria-label="按年度的数字">
      {rows.map((r) => (
        <li key={r.year} aria-label={`${r.year} 年`} data-testid={`ledger-year-${r.year}`}>
          <div className="ledger-years-head">
            {r.year === year ? (
              <strong>{r.year} 年（当前）</strong>
            ) : (
              <Button type="link" size="small" onClick={() => onYear(r.year)} style={{ padding: 0 }}>
                {r.year} 年
              </Button>
            )}
          </div>
          <FigureList
            figures={[
              ['任务', String(r.tasks)],
              ['意见', String(r.opinions)],
              ['报送建议', String(r.suggestions)],
              ['采纳', String(r.adopted)],
              ['部分采纳', String(r.partiallyAdopted)],
              ['未采纳', String(r.notAdopted)],
              ['研究中', String(r.underStudy)],
              [AWAITING_DECISION_LABEL, String(r.awaitingDecision)],
              ['采纳率', adoptionRateText(r)],
            ]}
          />
        </li>
      ))}
    </ul>
  );
}

interface BreakdownProps {
  id: string;
  title: string;
  nameTitle: string;
  lines: LedgerLineFragment[];
  chartLabel: (l: LedgerLineFragment) => string;
  /** The filter that lists a line's suggestions (null: the line cannot be listed, e.g. opinions of no unit). */
  filterOf: (l: LedgerLineFragment) => SuggestionFilter | null;
  onOpen: (filter: SuggestionFilter) => void;
  showTasks?: boolean;
}

/** Stacked bars of outcomes per line (task or unit), its table below. */
function BreakdownSection({
  id,
  title,
  nameTitle,
  lines,
  chartLabel,
  filterOf,
  onOpen,
  showTasks,
}: BreakdownProps) {
  const shown = useMemo(() => lines.filter((l) => l.suggestions > 0), [lines]);
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: {
        left: 8,
        right: 16,
        top: 64,
        bottom: 8,
        outerBoundsMode: 'same',
        outerBoundsContain: 'axisLabel',
      },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: {
        type: 'category',
        inverse: true,
        data: shown.map(chartLabel),
        axisLabel: { width: 112, overflow: 'truncate' },
      },
      series: [
        ...OUTCOME_SERIES.map((s) => ({
          type: 'bar' as const,
          barMaxWidth: 28,
          stack: 'outcome',
          name: s.name,
          data: shown.map((l) => l[s.key] as number),
          itemStyle: { color: s.color },
        })),
        {
          type: 'bar',
          barMaxWidth: 28,
          stack: 'outcome',
          name: AWAITING_DECISION_LABEL,
          data: shown.map(pending),
          itemStyle: { color: '#d9d9d9' },
        },
      ],
    }),
    [shown, chartLabel],
  );
  return (
    <ChartCard id={id} title={title}>
      {shown.length > 0 ? (
        <EChart
          option={option}
          summary={`${title}：${shown.map(lineSummary).join('；')}`}
          height={96 + shown.length * 36}
          onSelect={(i) => {
            const f = filterOf(shown[i]);
            if (f) onOpen(f);
          }}
        />
      ) : (
        <Typography.Paragraph type="secondary">本年度还没有报送的建议。</Typography.Paragraph>
      )}
      <BreakdownTable
        nameTitle={nameTitle}
        lines={lines}
        filterOf={filterOf}
        onOpen={onOpen}
        showTasks={showTasks}
        shortName={showTasks === false}
      />
    </ChartCard>
  );
}

/** Opinions per channel as a pie, its table below. */
function ChannelSection({
  lines,
  onOpen,
}: {
  lines: LedgerLineFragment[];
  onOpen: (f: SuggestionFilter) => void;
}) {
  const shown = useMemo(() => lines.filter((l) => l.opinions > 0), [lines]);
  const filterOf = (l: LedgerLineFragment): SuggestionFilter | null =>
    l.key in CHANNEL_LABELS ? { channel: l.key as OpinionChannel } : null;
  const option = useMemo<ChartOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}：{c} 条意见（{d}%）' },
      legend: { bottom: 0, type: 'scroll' },
      series: [
        {
          type: 'pie',
          name: '征集意见',
          radius: ['35%', '65%'],
          center: ['50%', '45%'],
          label: { formatter: '{b} {c}' },
          data: shown.map((l) => ({ name: l.label, value: l.opinions })),
        },
      ],
    }),
    [shown],
  );
  return (
    <ChartCard id="ledger-by-channel" title="按征集方式">
      {shown.length > 0 && (
        <EChart
          option={option}
          summary={`按征集方式的意见条数：${shown.map((l) => `${l.label} ${l.opinions} 条`).join('，')}`}
          height={300}
          onSelect={(i) => {
            const f = filterOf(shown[i]);
            if (f) onOpen(f);
          }}
        />
      )}
      <BreakdownTable nameTitle="征集方式" lines={lines} filterOf={filterOf} onOpen={onOpen} />
    </ChartCard>
  );
}

function BreakdownTable({
  nameTitle,
  lines,
  filterOf,
  onOpen,
  showTasks = true,
  shortName = false,
}: {
  /** Task titles as the regulation's name (关于征求《…》意见的通知 → …). */
  shortName?: boolean;
  nameTitle: string;
  lines: LedgerLineFragment[];
  filterOf: (l: LedgerLineFragment) => SuggestionFilter | null;
  onOpen: (filter: SuggestionFilter) => void;
  showTasks?: boolean;
}) {
  // A figure that stands for suggestions opens them; opinions and tasks are shown as they are.
  const figure = (label: string, outcome?: AdoptionOutcome) => (n: number, l: LedgerLineFragment) => {
    const f = filterOf(l);
    if (!f || n === 0) return n;
    return (
      <Button
        type="link"
        size="small"
        className="ledger-cell-link"
        aria-label={`${l.label}${label} ${n} 条，查看建议`}
        onClick={() => onOpen(outcome ? { ...f, outcome } : f)}
      >
        {n}
      </Button>
    );
  };
  const columns: TableColumnsType<LedgerLineFragment> = [
    {
      title: nameTitle,
      dataIndex: 'label',
      render: (label: string) => (
        <div className="ledger-name">{shortName ? shortTaskLabel(label) : label}</div>
      ),
    },
    ...(showTasks ? [{ title: '任务', dataIndex: 'tasks', align: 'right' as const }] : []),
    { title: '意见', dataIndex: 'opinions', align: 'right' },
    { title: '报送建议', dataIndex: 'suggestions', align: 'right', render: figure('报送建议') },
    ...OUTCOME_SERIES.map((s) => ({
      title: s.name,
      dataIndex: s.key,
      align: 'right' as const,
      render: figure(s.name, s.outcome),
    })),
    // Nothing to open: no list narrows to suggestions without a published decision.
    { title: AWAITING_DECISION_LABEL, dataIndex: 'awaitingDecision', align: 'right' },
    {
      title: '采纳率',
      dataIndex: 'adoptionRate',
      align: 'right',
      render: (_: number, l: LedgerLineFragment) => adoptionRateText(l),
    },
  ];
  // On a phone the nine columns did not fit: 部分采纳 … 采纳率 were in a box scrolled sideways, with no sign that
  // there was more. There each line is a block of its own with every figure labelled, as the years are.
  const phone = !Grid.useBreakpoint().md;
  if (phone) {
    if (!lines.length) return <Typography.Paragraph type="secondary">本年度没有数据</Typography.Paragraph>;
    return (
      <ul className="ledger-years" aria-label={`按${nameTitle}的数字`}>
        {lines.map((l) => {
          const name = shortName ? shortTaskLabel(l.label) : l.label;
          const figures: Array<[string, ReactNode]> = [
            ...(showTasks ? [['任务', l.tasks] as [string, ReactNode]] : []),
            ['意见', l.opinions],
            ['报送建议', figure('报送建议')(l.suggestions, l)],
            ...OUTCOME_SERIES.map(
              (s) => [s.name, figure(s.name, s.outcome)(l[s.key] as number, l)] as [string, ReactNode],
            ),
            [AWAITING_DECISION_LABEL, l.awaitingDecision],
            ['采纳率', adoptionRateText(l)],
          ];
          return (
            <li key={l.key || 'none'} aria-label={name}>
              <div className="ledger-years-head">
                <strong>{name}</strong>
              </div>
              <FigureList figures={figures} />
            </li>
          );
        })}
      </ul>
    );
  }
  return (
    <ScrollBox label={`按${nameTitle}的数字`}>
      <Table
        size="small"
        rowKey={(l) => l.key || 'none'}
        dataSource={lines}
        columns={columns}
        pagination={lines.length > 10 ? { pageSize: 10, showSizeChanger: false } : false}
        locale={{ emptyText: '本年度没有数据' }}
      />
    </ScrollBox>
  );
}

/** A table wider than a phone scrolls sideways inside this box, which takes the keyboard focus to be scrolled. */
function ScrollBox({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="ledger-table-scroll" role="group" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}

/** A phone list block's figures, label above value. */
function FigureList({ figures }: { figures: ReadonlyArray<readonly [string, ReactNode]> }) {
  return (
    <dl className="ledger-years-figures">
      {figures.map(([label, value]) => (
        <div key={label}>
          <dt>{label}</dt>
          <dd>{value}</dd>
        </div>
      ))}
    </dl>
  );
}
