// The executing body's consolidation workbench (汇总工作台) for one task: the provisions in the draft's order with
// their counts on the left, the chosen provision's suggestions, what is left (未处理), all opinions, duplicate groups
// and annotations on the right. The 未处理 counter stays in view and links to what is left; 提交审核 waits for it to
// reach 0 (the API refuses too).
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Button, Progress, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { errorMessage } from '../../common/api-errors';
import { CONSOLIDATION_STATUS_LABELS } from '../../common/labels';
import { useSession } from '../../identity/use-session';
import { contactPointOf, isExecutiveBody } from '../../identity/roles';
import type { GroupingJobFieldsFragment } from '../../gql/graphql';
import { DuplicateGroupsTab } from './duplicate-groups';
import { AllOpinionsTab, UnaccountedTab } from './opinion-lists';
import { keyOf, ProvisionDetail, ProvisionPane } from './provision-pane';
import { SuggestionEditor } from './suggestion-editor';
import { SuggestionsTab } from './suggestions-tab';
import {
  DraftSuggestionsDocument,
  GroupingJobDocument,
  RequestConsolidationApprovalDocument,
  StartDuplicateGroupingDocument,
  WorkbenchFreshCountsDocument,
  WorkbenchProvisionCountsDocument,
  WorkbenchSummaryDocument,
} from './workbench.operations';
import { useConfirmRequestApproval, useFreshSignoffState } from '../signoff/signoff-confirm';
import { JobProgressBar, jobRunning, useJob } from '../../app/job-progress';
import { useLiveEvents } from '../../app/live-events';
import { appendPage, WorkbenchContext, type WorkbenchState } from './workbench-context';
import { firstFetchPolicy, summaryVariables, thenCacheAndNetwork } from './workbench-prefetch';
import { PointTaskStateTag } from '../../consultation/point-task-state-tag';
import { workbenchBanner } from './workbench-state';
import './workbench.css';

const GROUPING_JOB_KIND = 'consolidation.groupDuplicates';
/** The summary's page of provisions (WorkbenchSummary's `first`): more shown means 更多 extended the list. */
const PROVISIONS_PAGE = 50;

const VIEWS = [
  { key: 'suggestions', label: '汇总条目' },
  { key: 'unaccounted', label: '未处理' },
  { key: 'opinions', label: '全部意见' },
  { key: 'groups', label: '重复意见组' },
] as const;
type Tab = (typeof VIEWS)[number]['key'];
const TABS: readonly string[] = VIEWS.map((v) => v.key);

/** The provision chosen in the URL (?p=art_9; ?p=general for 总体意见; none for the whole task). */
function chosenAddress(p: string | null): string | null | undefined {
  if (!p) return undefined;
  return p === 'general' ? null : p;
}

export default function WorkbenchPage() {
  const { taskId = '' } = useParams();
  const { session } = useSession();
  const pointId = contactPointOf(session) ?? '';
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('tab') ?? '') ? (params.get('tab') as Tab) : 'suggestions';
  const provisionAddress = chosenAddress(params.get('p'));
  const [editing, setEditing] = useState<string | null>(null);
  const client = useApolloClient();
  const { message, modal } = App.useApp();
  const [checking, setChecking] = useState(false);

  // The counters and the first page of provisions in one request: both are counted from the same pass over the
  // point's opinions, which the server makes once per request.
  const summaryVars = summaryVariables(taskId, pointId);
  // From the request the route's loader sent when it just did (workbench-prefetch), else as usual.
  const [summaryPolicy] = useState(() => firstFetchPolicy(WorkbenchSummaryDocument, summaryVars));
  const summary = useQuery(WorkbenchSummaryDocument, {
    variables: summaryVars,
    skip: !pointId,
    notifyOnNetworkStatusChange: true,
    fetchPolicy: summaryPolicy,
    nextFetchPolicy: thenCacheAndNetwork,
  });
  const tallies = summary.data?.consolidation.provisions;
  const chosenKey = params.get('p');
  const generalTally = summary.data?.consolidation.generalOpinions;
  const chosenTally =
    chosenKey === 'general'
      ? (generalTally ?? null)
      : (tallies?.edges.find((e) => keyOf(e.node) === chosenKey)?.node ?? null);
  const [startGrouping, starting] = useMutation(StartDuplicateGroupingDocument);
  const [draft, drafting] = useMutation(DraftSuggestionsDocument);
  const [requestApproval, requesting] = useMutation(RequestConsolidationApprovalDocument);
  const [notice, setNotice] = useState<{ type: 'success' | 'error'; text: string } | null>(null);

  const c = summary.data?.consolidation;
  const counts = c?.counts;
  const editable = c?.status === 'DRAFTING';
  // The point's own state (as on 首页), not the table's: the table is DRAFTING while the point still collects.
  const pointTask = summary.data?.consultationTask?.pointTasks.find((p) => p.contactPointId === pointId);
  const banner = c ? workbenchBanner(c.status, pointTask?.state) : null;

  /**
   * The counters as they are now, past the cache, for a confirmation (colleagues work on the same table): a small query
   * of the table's counts and state alone, whose answer the bar shows too (the same Consolidation in the cache).
   */
  const freshCounts = useCallback(async () => {
    const { data } = await client.query({
      query: WorkbenchFreshCountsDocument,
      variables: { taskId, pointId },
      fetchPolicy: 'network-only',
    });
    return data?.consolidation;
  }, [client, taskId, pointId]);
  // The provisions the list shows, for asking their lines again (read when asked: the list grows with 更多).
  const shownRef = useRef(tallies);
  shownRef.current = tallies;
  /**
   * Bumped by every reading of the lines (this one, or the summary refetched after a change): an answer to an older
   * reading that arrives after a newer one is dropped, not written over the newer counts (the confirmation's reading
   * is not awaited, and 生成 may be clicked before it is in).
   */
  const linesRead = useRef(0);
  /**
   * The shown provisions' lines (and 总体意见's) asked again, a request per 100: each lands on its cache entry (by id),
   * so the list shows the new counts and keeps its length, 更多 included. False when provisions came or went since
   * (the list's total differs): the shown lines alone would miss them. Null when a newer reading started meanwhile.
   */
  const freshShownProvisions = useCallback(async (): Promise<boolean | null> => {
    const shown = shownRef.current;
    if (!shown) return true;
    const reading = ++linesRead.current;
    const addresses = shown.edges.flatMap((e) => (e.node.provisionAddress ? [e.node.provisionAddress] : []));
    const chunks: string[][] = [];
    for (let i = 0; i < addresses.length || i === 0; i += 100) chunks.push(addresses.slice(i, i + 100));
    const answers = await Promise.all(
      chunks.map(async (chunk) => {
        const variables = { taskId, pointId, addresses: chunk };
        const { data } = await client.query({
          query: WorkbenchProvisionCountsDocument,
          variables,
          fetchPolicy: 'no-cache',
        });
        return { variables, data };
      }),
    );
    if (reading !== linesRead.current) return null;
    for (const { variables, data } of answers)
      if (data) client.writeQuery({ query: WorkbenchProvisionCountsDocument, variables, data });
    return answers.every(({ data }) => data?.consolidation.all.totalCount === shown.totalCount);
  }, [client, taskId, pointId]);
  const { refetch: refetchSummary, fetchMore: fetchMoreSummary } = summary;
  /** The next page of provisions appended to those shown (更多). */
  const moreProvisions = useCallback(
    (after: string | null | undefined) =>
      fetchMoreSummary({
        variables: { after },
        updateQuery: (prev, { fetchMoreResult }) => ({
          ...fetchMoreResult,
          consolidation: {
            ...fetchMoreResult.consolidation,
            provisions: appendPage(prev.consolidation.provisions, fetchMoreResult.consolidation.provisions),
          },
        }),
      }),
    [fetchMoreSummary],
  );
  /**
   * The shown provisions' lines asked again; when provisions came or went, the list read again from its first page and
   * then as many pages as it showed, so that it keeps its length.
   */
  const freshLines = useCallback(async () => {
    const length = shownRef.current?.edges.length ?? 0;
    if ((await freshShownProvisions()) !== false) return;
    let page = (await refetchSummary()).data?.consolidation.provisions;
    let count = page?.edges.length ?? 0;
    while (page?.pageInfo.hasNextPage && count < length) {
      page = (await moreProvisions(page.pageInfo.endCursor)).data?.consolidation.provisions;
      count += page?.edges.length ?? 0;
    }
  }, [freshShownProvisions, refetchSummary, moreProvisions]);
  /**
   * Every list on the screen and the counters asked again (after any change). The summary is refetched as a whole
   * (from its first page) only while the list shows its first page; once extended with 更多 its counters and shown lines
   * are asked again instead (freshLines), so the list keeps its length.
   */
  const refresh = useCallback(async () => {
    linesRead.current++; // the lines read before this change are out of date
    const extended = (shownRef.current?.edges.length ?? 0) > PROVISIONS_PAGE;
    if (!extended) {
      await client.refetchQueries({ include: 'active' });
      return;
    }
    await Promise.all([
      client.refetchQueries({
        include: 'active',
        onQueryUpdated: (q) => q.queryName !== 'WorkbenchSummary',
      }),
      freshCounts(),
      freshLines(),
    ]);
  }, [client, freshCounts, freshLines]);
  /** For a confirmation: the counts it needs, awaited; the shown provisions' lines asked again beside it, not awaited. */
  const freshSummary = useCallback(async () => {
    freshLines().catch(() => undefined); // the list keeps the counts it had; the dialog's are what matter
    return freshCounts();
  }, [freshCounts, freshLines]);
  const { checking: requestChecking, freshState } = useFreshSignoffState({
    read: freshSummary,
    onProblem: (text) => setNotice(text ? { type: 'error', text } : null),
  });
  const confirmRequestApproval = useConfirmRequestApproval();

  // Grouping runs as a background job: the page follows the one it started, or one still running when it opened
  // (started before a reload, or by a colleague), with the shared job progress (pushed, polled while the stream is
  // down); at its end the job is asked once for its result.
  const [startedJob, setStartedJob] = useState<GroupingJobFieldsFragment | null>(null);
  const ended = useRef(new Set<string>());
  const listed = c?.groupingJob;
  const resumable = listed && jobRunning(listed) && !ended.current.has(listed.id) ? listed : null;
  const followedJob = startedJob ?? resumable;
  const followedId = followedJob?.id ?? null;
  const followed = useJob(followedId, followedJob);
  // A grouping a colleague starts here is followed too (its progress comes pushed).
  const followedRef = useRef(followedId);
  followedRef.current = followedId;
  const consolidationId = c?.id;
  useLiveEvents((event) => {
    if (event.type !== 'job' || event.job.kind !== GROUPING_JOB_KIND) return;
    const pushed = event.job;
    if (pushed.id !== followedRef.current && !followedRef.current && jobRunning(pushed))
      if (pushed.subjectId === consolidationId) setStartedJob({ ...pushed, duplicateGrouping: null });
  });
  const job = followed.job;
  const groupingRunning = !!followedId && !followed.problem && (!job || jobRunning(job));
  useEffect(() => {
    if (!followedId || (!followed.problem && (!job || jobRunning(job))) || ended.current.has(followedId))
      return;
    ended.current.add(followedId);
    setStartedJob(null);
    void (async () => {
      let outcome: { type: 'success' | 'error'; text: string };
      if (followed.problem) outcome = { type: 'error', text: followed.problem };
      else {
        const r = await client
          .query({ query: GroupingJobDocument, variables: { id: followedId }, fetchPolicy: 'network-only' })
          .then(({ data }) => data?.job.duplicateGrouping ?? null)
          .catch(() => null);
        outcome =
          job?.state === 'SUCCEEDED'
            ? {
                type: 'success',
                text: `${job.summary ?? '分组完成'}${r ? `（${r.milliseconds} 毫秒）` : ''}`,
              }
            : { type: 'error', text: `分组失败：${job?.error?.message ?? '请稍后重试'}` };
      }
      // The lists first, then the notice: whoever reads "分组完成" sees the groups already.
      await refresh().finally(() => setNotice(outcome));
    })();
  }, [followedId, job, followed.problem, refresh, client]);

  const state: WorkbenchState = useMemo(
    () => ({
      taskId,
      pointId,
      provisionAddress,
      provisionCitation: provisionAddress === undefined ? undefined : chosenTally?.citation,
      editable,
      refresh,
      openSuggestion: setEditing,
    }),
    [taskId, pointId, provisionAddress, chosenTally, editable, refresh],
  );

  const setParam = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [k, v] of Object.entries(changes)) {
      if (v === null) next.delete(k);
      else next.set(k, v);
    }
    setParams(next);
  };

  if (!isExecutiveBody(session) || !pointId)
    return (
      <Alert type="warning" showIcon title="汇总工作台供本联系点的执行机构（点长、副点长、联络员）使用" />
    );

  const ref = { taskId, contactPointId: pointId };
  const runGroup = async () => {
    setNotice(null);
    try {
      const { data } = await startGrouping({ variables: { input: ref } });
      setStartedJob(data!.startDuplicateGrouping);
    } catch (e) {
      setNotice({ type: 'error', text: errorMessage(e) });
    }
  };
  const runDraft = async () => {
    setNotice(null);
    try {
      const { data } = await draft({ variables: { input: ref } });
      const r = data!.draftSuggestions;
      setNotice({
        type: 'success',
        text: `已生成 ${r.created} 个汇总条目，纳入 ${r.opinions} 条意见、${r.annotations} 条批注`,
      });
      setParam({ tab: 'suggestions' });
      await refresh();
    } catch (e) {
      setNotice({ type: 'error', text: errorMessage(e) });
    }
  };
  /**
   * 生成汇总初稿 asks first, with the counts asked again past the cache (a colleague may have handled opinions since the
   * page loaded). What the server does (SuggestionService.draft): a suggestion for each duplicate group and each other
   * opinion not yet in a suggestion nor marked 不予报送, and each expert annotation not yet in one; existing suggestions
   * are left as they are, so drafting again adds only what came in since. There is no undo as a whole: each new
   * suggestion can be deleted (its opinions are left again), merged, split or rewritten.
   */
  const confirmDraft = async () => {
    setNotice(null);
    setChecking(true);
    let fresh;
    try {
      fresh = await freshSummary();
    } catch (e) {
      setNotice({ type: 'error', text: errorMessage(e) });
      return;
    } finally {
      setChecking(false);
    }
    if (!fresh) return;
    if (fresh.status !== 'DRAFTING') {
      setNotice({
        type: 'error',
        text: `汇总表已是“${CONSOLIDATION_STATUS_LABELS[fresh.status]}”，不能再生成初稿`,
      });
      return;
    }
    const n = fresh.counts;
    modal.confirm({
      title: '生成汇总初稿？',
      content: (
        <Space direction="vertical">
          <span>
            将由尚未处理的 <strong data-testid="draft-opinions">{n.unaccounted}</strong>{' '}
            条意见和尚未纳入汇总条目的{' '}
            <strong data-testid="draft-annotations">{n.unaccountedAnnotations}</strong>{' '}
            条专家团队批注生成汇总条目：同一重复意见组的意见合为一条，其余每条意见各一条，每条批注各一条。
          </span>
          {!fresh.groupedAt && n.unaccounted > 1 && (
            <span>尚未分组重复意见：先“分组重复意见”，相同或近似的意见会合为一个条目。</span>
          )}
          <span>
            {n.suggestions > 0 ? (
              <>
                已有的 <strong data-testid="draft-existing">{n.suggestions}</strong>{' '}
                个汇总条目保持不变，不会被覆盖或重复生成。
              </>
            ) : (
              '目前还没有汇总条目。'
            )}
            {n.outOfScope > 0 ? `标记不予报送的 ${n.outOfScope} 条意见不纳入。` : ''}
          </span>
          <span>
            生成后不能整体撤销：不需要的条目可以逐个删除（其意见回到未处理），也可以合并、拆分、改写。之后新收到的意见不会自动加入，可再次生成。
          </span>
        </Space>
      ),
      okText: '生成',
      cancelText: '取消',
      onOk: () => runDraft(),
    });
  };
  const runRequest = async () => {
    setNotice(null);
    try {
      await requestApproval({ variables: { input: ref } });
      void message.success('已提交点长审核');
      await refresh();
    } catch (e) {
      setNotice({ type: 'error', text: errorMessage(e) });
    }
  };
  // 提交审核 asks first as on 审核与报送 (the same confirmation), with the counts asked again as it opens.
  const confirmRequest = async () => {
    const fresh = await freshState('requestApproval');
    if (fresh) confirmRequestApproval(fresh, runRequest);
  };

  const unaccounted = counts?.unaccounted ?? 0;
  const handled = counts ? counts.active - unaccounted : 0;

  return (
    <WorkbenchContext.Provider value={state}>
      <div className="wb">
        <Typography.Title level={1} style={{ fontSize: 22, marginTop: 0 }}>
          汇总工作台
        </Typography.Title>
        {summary.error && <Alert type="error" showIcon title={errorMessage(summary.error)} />}
        <Spin spinning={summary.loading && !c}>
          {c && (
            <>
              <p className="wb-task">
                <Link to={`/tasks/${taskId}`}>{summary.data?.consultationTask?.title}</Link>{' '}
                {pointTask && <PointTaskStateTag status={pointTask} testId="point-task-state" />}
              </p>
              {c.returnReason && editable && (
                <Alert
                  type="warning"
                  showIcon
                  title={`点长退回修改：${c.returnReason}`}
                  style={{ marginBottom: 8 }}
                />
              )}
              {banner && (
                <Alert
                  type={banner.link === 'outcomes' ? 'success' : 'info'}
                  showIcon
                  title={banner.text}
                  action={<Link to={`/tasks/${taskId}/${banner.link}`}>{banner.linkText}</Link>}
                  style={{ marginBottom: 8 }}
                />
              )}
            </>
          )}
        </Spin>
        {counts && (
          <div className="wb-bar" role="region" aria-label="汇总进度">
            <div className="wb-figures">
              <span>
                意见 <b data-testid="count-opinions">{counts.opinions}</b>
              </span>
              <span>
                汇总条目 <b data-testid="count-suggestions">{counts.suggestions}</b>
              </span>
              <span>
                不予报送 <b data-testid="count-out">{counts.outOfScope}</b>
              </span>
              <span>
                重复组 <b>{counts.duplicateGroups}</b>
              </span>
              <Link
                to={`?tab=unaccounted`}
                className={unaccounted > 0 ? 'wb-left wb-left-open' : 'wb-left'}
                aria-label={`未处理 ${unaccounted} 条，查看`}
              >
                未处理 <b data-testid="count-unaccounted">{unaccounted}</b>
              </Link>
              <Progress
                percent={counts.active ? Math.round((handled / counts.active) * 100) : 100}
                size="small"
                style={{ width: 120, margin: 0 }}
                aria-label="已处理的比例"
              />
            </div>
            <Space wrap size={[8, 8]}>
              {editable && (
                <>
                  <Button loading={starting.loading || groupingRunning} onClick={() => void runGroup()}>
                    分组重复意见
                  </Button>
                  <Button loading={drafting.loading || checking} onClick={() => void confirmDraft()}>
                    生成汇总初稿
                  </Button>
                  <Button
                    type="primary"
                    disabled={unaccounted > 0}
                    loading={requesting.loading || !!requestChecking}
                    aria-describedby="wb-request-why"
                    onClick={() => void confirmRequest()}
                  >
                    提交审核
                  </Button>
                </>
              )}
            </Space>
            {editable && unaccounted > 0 && (
              <p id="wb-request-why" className="wb-why">
                还有 {unaccounted} 条意见未处理（未纳入汇总条目，也未标记不予报送），处理完才能提交审核。
              </p>
            )}
            {groupingRunning && (
              <div className="wb-why">
                <JobProgressBar
                  followed={followed}
                  label="分组重复意见"
                  detail={`正在后台比对 ${counts.active} 条有效意见，找出相同和近似的表述（可离开本页，稍后回来查看）`}
                  testId="grouping-progress"
                />
              </div>
            )}
            {notice && (
              <Alert
                type={notice.type}
                showIcon
                closable
                onClose={() => setNotice(null)}
                title={notice.text}
                role={notice.type === 'error' ? 'alert' : 'status'}
                style={{ marginTop: 8 }}
              />
            )}
          </div>
        )}
        {/* Mounted before the summary is in, hidden: the view's own list query goes out together with the summary
            instead of after it (one round trip, not two in a row, on the first screen). */}
        <div className="wb-panes" hidden={!c}>
          {c && (
            <ProvisionPane
              provisions={tallies}
              loading={summary.loading}
              chosen={chosenKey}
              onChoose={(p) => setParam({ p })}
              onMore={() => void moreProvisions(tallies?.pageInfo.endCursor)}
              counts={counts}
              general={generalTally}
            />
          )}
          <main className="wb-main" aria-label="汇总内容">
            <ProvisionDetail tally={provisionAddress === undefined ? null : chosenTally} counts={counts} />
            {/* Buttons that wrap rather than antd Tabs: on a phone Tabs hides the overflow in a menu. */}
            <div className="wb-views" role="group" aria-label="查看">
              {VIEWS.map((v) => (
                <Button
                  key={v.key}
                  size="middle"
                  type={tab === v.key ? 'primary' : 'default'}
                  aria-pressed={tab === v.key}
                  onClick={() => setParam({ tab: v.key })}
                >
                  {v.key === 'unaccounted' ? `${v.label}（${unaccounted}）` : v.label}
                </Button>
              ))}
            </div>
            {tab === 'suggestions' && <SuggestionsTab />}
            {tab === 'unaccounted' && <UnaccountedTab />}
            {tab === 'opinions' && <AllOpinionsTab />}
            {tab === 'groups' && <DuplicateGroupsTab />}
          </main>
        </div>
        {counts && (
          // On a phone the bar above scrolls away with its buttons: the counter stays in a corner instead.
          <Link
            to="?tab=unaccounted"
            className={unaccounted > 0 ? 'wb-fab wb-left-open' : 'wb-fab'}
            aria-label={`未处理 ${unaccounted} 条（随页面固定），查看`}
          >
            未处理 {unaccounted}
          </Link>
        )}
        {editing && <SuggestionEditor key={editing} id={editing} onClose={() => setEditing(null)} />}
      </div>
    </WorkbenchContext.Provider>
  );
}
