// What the ledger's address holds: /ledger?year=2022&point=<id> for the figures, and, when the suggestions behind a
// figure are open, the filter and page (&show=suggestions&outcome=ADOPTED&unit=<id>&page=2). The back button closes
// the list or returns to the previous year.
import type { AdoptionOutcome, OpinionChannel } from '../../gql/graphql';
import { CHANNEL_LABELS, OUTCOME_LABELS } from '../../common/labels';

export interface SuggestionFilter {
  outcome?: AdoptionOutcome;
  taskId?: string;
  liaisonUnitId?: string;
  collectorId?: string;
  channel?: OpinionChannel;
}

export interface LedgerAddress {
  year: number | null;
  point: string | null;
  /** The list of suggestions is open (with this filter, on this page). */
  show: boolean;
  filter: SuggestionFilter;
  page: number;
}

const isOutcome = (v: string | null): v is AdoptionOutcome => v !== null && v in OUTCOME_LABELS;
const isChannel = (v: string | null): v is OpinionChannel => v !== null && v in CHANNEL_LABELS;

/** The first year a ledger may be asked for and the last (the API's own bounds). */
export const YEAR_BOUNDS = { first: 2000, last: 2100 };

export function readAddress(params: URLSearchParams): LedgerAddress {
  const y = Number(params.get('year'));
  const page = Number(params.get('page'));
  const filter: SuggestionFilter = {};
  const outcome = params.get('outcome');
  if (isOutcome(outcome)) filter.outcome = outcome;
  const channel = params.get('channel');
  if (isChannel(channel)) filter.channel = channel;
  if (params.get('task')) filter.taskId = params.get('task')!;
  if (params.get('unit')) filter.liaisonUnitId = params.get('unit')!;
  if (params.get('collector')) filter.collectorId = params.get('collector')!;
  return {
    year: Number.isInteger(y) && y >= YEAR_BOUNDS.first && y <= YEAR_BOUNDS.last ? y : null,
    point: params.get('point') || null,
    show: params.get('show') === 'suggestions',
    filter,
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function writeAddress(a: LedgerAddress): URLSearchParams {
  const p = new URLSearchParams();
  if (a.year !== null) p.set('year', String(a.year));
  if (a.point) p.set('point', a.point);
  if (a.show) {
    p.set('show', 'suggestions');
    if (a.filter.outcome) p.set('outcome', a.filter.outcome);
    if (a.filter.taskId) p.set('task', a.filter.taskId);
    if (a.filter.liaisonUnitId) p.set('unit', a.filter.liaisonUnitId);
    if (a.filter.collectorId) p.set('collector', a.filter.collectorId);
    if (a.filter.channel) p.set('channel', a.filter.channel);
    if (a.page > 1) p.set('page', String(a.page));
  }
  return p;
}

/** This year in China (the ledger counts a task in the year its notice was issued, China time). */
export function currentYear(): number {
  return Number(
    new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric' }).format(new Date()),
  );
}

/** A task's title as a chart label: the regulation's name in 《》 when there is one. */
export function shortTaskLabel(title: string): string {
  const m = /《([^》]+)》/.exec(title);
  return m ? m[1] : title;
}

export const percent = (rate: number): string => `${(rate * 100).toFixed(1)}%`;

interface RatedFigures {
  suggestions: number;
  awaitingDecision: number;
  adoptionRate: number;
}

/**
 * What 采纳率 means, in the same words on the point's own 台账 and on the legislature's overview: suggestions still
 * awaiting a decision (待反馈) are in the denominator.
 */
export const ADOPTION_RATE_DEFINITION = '采纳率 =（采纳 + 部分采纳）÷ 报送建议，待反馈的建议也计入报送建议';

/**
 * 待反馈: suggestions submitted with no published decision yet. The figure is the API's (awaitingDecision, the one
 * definition the 考核表 uses too), shown under this name on the cards, in every table's column and in the charts.
 */
export const AWAITING_DECISION_LABEL = '待反馈';
export const AWAITING_DECISION_HINT = '已报送、立法机关尚未公布采纳情况的建议';

/**
 * 采纳率 as shown: the API's rate once anything was decided; `待反馈` while every suggestion still waits for the
 * legislature (0.0% read as "nothing adopted" for a task nobody had decided yet); `—` with nothing submitted.
 */
export function adoptionRateText(f: RatedFigures): string {
  if (f.suggestions === 0) return '—';
  if (f.awaitingDecision === f.suggestions) return AWAITING_DECISION_LABEL;
  return percent(f.adoptionRate);
}

/** Shorter still for a chart's axis: 重庆市物业管理条例（修订草案） reads 物业管理条例 (the table beside it has the whole). */
export function chartTaskLabel(title: string): string {
  return shortTaskLabel(title)
    .replace(/^(重庆市|北碚区)/, '')
    .replace(/（[^）]*）$/, '');
}
