// 工作台账: one contact point's year — tasks, opinions, suggestions submitted, adopted, partly adopted, not adopted,
// under study, awaiting a decision (待反馈: the outcomes and it add up to 报送建议) and the adoption rate, defined on the
// page as on the legislature's overview — with charts by year, task, unit and channel (each with its table), the yearly
// evaluation (考核表) to download, and the suggestions behind every figure. The address holds year and point
// (/ledger?year=2022&point=…): the executing body sees its own point; the legislature opens on the overview of all its
// points (ledger-overview.tsx) and chooses one there or in the select.
import { DownloadOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Empty, Flex, Select, Skeleton, Spin, Typography } from 'antd';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { useSearchParams } from 'react-router';
import { errorMessage } from '../../common/api-errors';
import type { AdoptionOutcome, ExportFormat } from '../../gql/graphql';
import { contactPointOf, isExecutiveBody, isLegislatureStaff } from '../../identity/roles';
import { useSession } from '../../identity/use-session';
import {
  ADOPTION_RATE_DEFINITION,
  currentYear,
  adoptionRateText,
  AWAITING_DECISION_HINT,
  AWAITING_DECISION_LABEL,
  readAddress,
  writeAddress,
  type LedgerAddress,
  type SuggestionFilter,
} from './ledger-address';
import { AdoptionLedgerDocument, ExportEvaluationDocument, LedgerPointsDocument } from './ledger.operations';
import { LedgerSuggestionsDrawer } from './ledger-suggestions';
import { LedgerOverview } from './ledger-overview';
import './ledger.css';

// ECharts is the largest part of the page: its own chunk, loaded after the figures.
const LedgerCharts = lazy(() => import('./ledger-charts'));

interface Figure {
  testId: string;
  label: string;
  value: string;
  /** The suggestions behind it (all of the year's when no outcome). */
  outcome?: AdoptionOutcome;
  /** Nothing to open: no list narrows to it (待反馈 has no outcome to filter by). */
  still?: boolean;
  hint?: string;
}

export default function LedgerPage() {
  const { session } = useSession();
  const [params, setParams] = useSearchParams();
  const address = readAddress(params);
  const legislature = isLegislatureStaff(session);
  const ownPoint = isExecutiveBody(session) ? contactPointOf(session) : null;
  const pointId = address.point ?? ownPoint;
  const year = address.year ?? currentYear();

  const go = (patch: Partial<LedgerAddress>, replace = false) =>
    setParams(writeAddress({ ...address, year, ...patch }), { replace });

  // /ledger from the navigation: the address gets this year, so what is shown is what the address says.
  useEffect(() => {
    if (address.year === null) setParams(writeAddress({ ...address, year }), { replace: true });
  }, [address, year, setParams]);

  const points = useQuery(LedgerPointsDocument);
  const pointList = useMemo(() => points.data?.contactPoints.edges.map((e) => e.node) ?? [], [points.data]);
  const point = pointList.find((p) => p.id === pointId);
  const ledger = useQuery(AdoptionLedgerDocument, {
    variables: { contactPointId: pointId ?? '', year },
    skip: !pointId,
  });
  const figures = ledger.data?.adoptionLedger;

  const firstYear = Math.min(year, point ? Number(point.designatedOn.slice(0, 4)) : year - 4);
  const lastYear = Math.max(year, currentYear());
  const years: number[] = [];
  for (let y = lastYear; y >= firstYear; y--) years.push(y);

  const openSuggestions = (filter: SuggestionFilter) => go({ show: true, filter, page: 1 });

  const list: Figure[] = figures
    ? [
        { testId: 'ledger-tasks', label: '承担任务', value: String(figures.tasks) },
        { testId: 'ledger-opinions', label: '征集意见', value: String(figures.opinions) },
        { testId: 'ledger-suggestions', label: '报送建议', value: String(figures.suggestions) },
        { testId: 'ledger-adopted', label: '采纳', value: String(figures.adopted), outcome: 'ADOPTED' },
        {
          testId: 'ledger-partially-adopted',
          label: '部分采纳',
          value: String(figures.partiallyAdopted),
          outcome: 'PARTIALLY_ADOPTED',
        },
        {
          testId: 'ledger-not-adopted',
          label: '未采纳',
          value: String(figures.notAdopted),
          outcome: 'NOT_ADOPTED',
        },
        {
          testId: 'ledger-under-study',
          label: '研究中',
          value: String(figures.underStudy),
          outcome: 'UNDER_STUDY',
        },
        {
          testId: 'ledger-awaiting',
          label: AWAITING_DECISION_LABEL,
          value: String(figures.awaitingDecision),
          still: true,
          hint: AWAITING_DECISION_HINT,
        },
        {
          testId: 'ledger-adoption-rate',
          label: '采纳率',
          value: adoptionRateText(figures),
          hint: ADOPTION_RATE_DEFINITION,
        },
      ]
    : [];

  return (
    <Flex vertical gap={16} className="ledger">
      <div>
        <Typography.Title level={2} style={{ fontSize: 22, margin: 0 }}>
          工作台账
        </Typography.Title>
        <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }}>
          {point ? `${point.name} · ` : legislature && !pointId ? '各联系点总览 · ' : ''}
          {year} 年度（按任务发出年份统计）
        </Typography.Paragraph>
      </div>

      <Flex wrap gap={12} align="flex-end" className="ledger-controls">
        {legislature && (
          <label className="ledger-field">
            <span>联系点</span>
            <Select
              aria-label="联系点"
              showSearch={{ optionFilterProp: 'label' }}
              placeholder="选择联系点"
              loading={points.loading}
              value={pointId ?? undefined}
              options={pointList.map((p) => ({ value: p.id, label: p.name }))}
              onChange={(v: string) => go({ point: v, show: false, filter: {}, page: 1 })}
              className="ledger-point-select"
            />
          </label>
        )}
        <label className="ledger-field">
          <span>年度</span>
          <Select
            aria-label="年度"
            showSearch={{ optionFilterProp: 'label' }}
            value={year}
            options={years.map((y) => ({ value: y, label: `${y} 年` }))}
            onChange={(v: number) => go({ year: v, show: false, filter: {}, page: 1 })}
            style={{ width: 130 }}
          />
        </label>
        {legislature && pointId && (
          <Button onClick={() => go({ point: null, show: false, filter: {}, page: 1 })}>
            返回各联系点总览
          </Button>
        )}
        {pointId && <EvaluationDownload contactPointId={pointId} year={year} />}
      </Flex>

      {!pointId && legislature ? (
        // Keyed by the year: another year starts again on its first page.
        <LedgerOverview
          key={year}
          year={year}
          onOpen={(id) => go({ point: id, show: false, filter: {}, page: 1 })}
        />
      ) : !pointId ? (
        <Card>
          <Empty description="台账由联系点执行机构和立法机关查看，您的账号不属于任何联系点" />
        </Card>
      ) : ledger.error ? (
        <Alert type="error" showIcon title={errorMessage(ledger.error)} />
      ) : !figures ? (
        <Skeleton active />
      ) : (
        <>
          <section aria-labelledby="ledger-figures-title">
            <h3 id="ledger-figures-title" className="ledger-section-title">
              {year} 年度数字
            </h3>
            <Typography.Paragraph type="secondary" style={{ margin: '0 0 8px' }}>
              点数字查看背后的建议。采纳 + 部分采纳 + 未采纳 + 研究中 + 待反馈 = 报送建议；
              <span data-testid="ledger-rate-definition">{ADOPTION_RATE_DEFINITION}</span>。
            </Typography.Paragraph>
            <div className="ledger-figures">
              {list.map((f) =>
                f.still ? (
                  <div key={f.testId} className="ledger-figure ledger-figure-still" title={f.hint}>
                    <span className="ledger-figure-label">{f.label}</span>
                    <span className="ledger-figure-value" data-testid={f.testId}>
                      {f.value}
                    </span>
                  </div>
                ) : (
                  <button
                    key={f.testId}
                    type="button"
                    className="ledger-figure"
                    onClick={() => openSuggestions(f.outcome ? { outcome: f.outcome } : {})}
                    title={f.hint}
                  >
                    <span className="ledger-figure-label">{f.label}</span>
                    <span className="ledger-figure-value" data-testid={f.testId}>
                      {f.value}
                    </span>
                  </button>
                ),
              )}
            </div>
          </section>
          <Suspense fallback={<Spin style={{ display: 'block', margin: 24 }} />}>
            <LedgerCharts
              ledger={figures}
              contactPointId={pointId}
              year={year}
              firstYear={point ? Number(point.designatedOn.slice(0, 4)) : year - 4}
              onOpen={openSuggestions}
              onYear={(y) => go({ year: y, show: false, filter: {}, page: 1 })}
            />
          </Suspense>
          <LedgerSuggestionsDrawer
            open={address.show}
            contactPointId={pointId}
            year={year}
            filter={address.filter}
            page={address.page}
            ledger={figures}
            onPage={(page) => go({ page })}
            onClose={() => go({ show: false, filter: {}, page: 1 })}
          />
        </>
      )}
    </Flex>
  );
}

/** 年度考核表 as .xlsx or .docx (the same content): the export's signed link opened as a download (no bearer token
 *  needed on it). */
function EvaluationDownload({ contactPointId, year }: { contactPointId: string; year: number }) {
  const [exportEvaluation] = useMutation(ExportEvaluationDocument);
  const [pending, setPending] = useState<ExportFormat | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const download = async (format: ExportFormat) => {
    setProblem(null);
    setPending(format);
    try {
      const { data } = await exportEvaluation({ variables: { input: { contactPointId, year, format } } });
      if (!data) return;
      const a = document.createElement('a');
      a.href = data.exportEvaluation.signedUrl;
      a.download = data.exportEvaluation.filename;
      document.body.append(a);
      a.click();
      a.remove();
    } catch (e) {
      setProblem(errorMessage(e));
    } finally {
      setPending(null);
    }
  };
  return (
    <Flex vertical gap={8}>
      <Flex wrap gap={8}>
        <Button
          icon={<DownloadOutlined />}
          loading={pending === 'XLSX'}
          onClick={() => void download('XLSX')}
        >
          下载 {year} 年度考核表（.xlsx）
        </Button>
        <Button
          icon={<DownloadOutlined />}
          loading={pending === 'DOCX'}
          onClick={() => void download('DOCX')}
        >
          下载 {year} 年度考核表（.docx）
        </Button>
      </Flex>
      {problem && <Alert type="error" showIcon title={problem} />}
    </Flex>
  );
}
