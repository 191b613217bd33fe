// The task's provisions in the draft's order (总体意见 pinned at the top, under 全部条文), each with its opinions, suggestions and duplicate groups,
// 50 at a time; and the chosen provision's text with its counts per channel and unit and its expert annotations.
import { useQuery } from '@apollo/client/react';
import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Collapse, Empty, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { WorkbenchSummaryQuery } from '../../gql/graphql';
import { MoreButton } from './opinion-row';
import { ProvisionAnnotationsDocument } from './workbench.operations';
import { useWorkbench } from './workbench-context';

type ProvisionConnection = WorkbenchSummaryQuery['consolidation']['provisions'];
export type Tally = ProvisionConnection['edges'][number]['node'];
type Counts = WorkbenchSummaryQuery['consolidation']['counts'];

/** The URL's key of a provision: its address, or `general` for 总体意见. */
export const keyOf = (t: Tally): string => t.provisionAddress ?? 'general';

export function ProvisionPane({
  provisions,
  loading,
  chosen,
  onChoose,
  onMore,
  counts,
  general,
}: {
  provisions: ProvisionConnection | undefined;
  /** 总体意见, pinned under 全部条文 so that it is found and accounted for without paging to the end. */
  general: Tally | undefined;
  loading: boolean;
  chosen: string | null;
  onChoose: (key: string | null) => void;
  onMore: () => void;
  counts: Counts | undefined;
}) {
  // 总体意见 comes last in the API's order; it is pinned at the top instead, so it is left out below.
  const items = provisions?.edges.map((e) => e.node).filter((t) => t.provisionAddress !== null) ?? [];
  // On a phone (one column) the list folds behind a button naming the chosen provision: open, it was a box of its own
  // scrolling inside the page, with the chosen provision's lists out of sight below it.
  const [open, setOpen] = useState(false);
  const choose = (key: string | null) => {
    setOpen(false);
    onChoose(key);
  };
  const shown =
    chosen === null
      ? { name: '全部条文', opinions: counts?.opinions ?? 0, suggestions: counts?.suggestions ?? 0 }
      : chosen === 'general'
        ? { name: '总体意见', opinions: general?.opinions ?? 0, suggestions: general?.suggestions ?? 0 }
        : (() => {
            const t = items.find((i) => keyOf(i) === chosen);
            return t ? { name: t.citation, opinions: t.opinions, suggestions: t.suggestions } : null;
          })();
  return (
    <nav className={open ? 'wb-provisions' : 'wb-provisions wb-provisions-folded'} aria-label="条文">
      <button
        type="button"
        className="wb-provisions-toggle"
        aria-expanded={open}
        aria-controls="wb-provision-list"
        onClick={() => setOpen(!open)}
      >
        <span className="wb-provision-name">
          条文：{shown?.name ?? '所选条文'}
          {open ? <UpOutlined aria-hidden /> : <DownOutlined aria-hidden />}
        </span>
        <span className="wb-provision-counts">
          {shown ? `${shown.opinions} 条意见 · ${shown.suggestions} 个条目 · ` : ''}
          {open ? '收起' : `选择条文（共 ${provisions?.totalCount ?? 0} 处）`}
        </span>
      </button>
      <ul id="wb-provision-list">
        <li>
          <button
            type="button"
            className="wb-provision"
            aria-current={chosen === null ? 'true' : undefined}
            onClick={() => choose(null)}
          >
            <span className="wb-provision-name">全部条文</span>
            <span className="wb-provision-counts">
              {counts?.opinions ?? 0} 条意见 · {counts?.suggestions ?? 0} 个条目
            </span>
          </button>
        </li>
        {general && (
          <li className="wb-provision-general">
            <button
              type="button"
              className="wb-provision"
              aria-current={chosen === 'general' ? 'true' : undefined}
              onClick={() => choose('general')}
            >
              <span className="wb-provision-name">总体意见</span>
              <span className="wb-provision-counts" data-testid="general-counts">
                {general.opinions} 条意见 · {general.suggestions} 个条目
                {general.duplicateGroups > 0 && ` · ${general.duplicateGroups} 组重复`}
              </span>
            </button>
          </li>
        )}
        {items.map((t) => (
          <li key={keyOf(t)}>
            <button
              type="button"
              className="wb-provision"
              aria-current={chosen === keyOf(t) ? 'true' : undefined}
              onClick={() => choose(keyOf(t))}
            >
              <span className="wb-provision-name">{t.citation}</span>
              <span className="wb-provision-counts">
                {t.opinions} 条意见 · {t.suggestions} 个条目
                {t.duplicateGroups > 0 && ` · ${t.duplicateGroups} 组重复`}
                {t.annotations > 0 && ` · ${t.annotations} 条批注`}
              </span>
            </button>
          </li>
        ))}
      </ul>
      {provisions && (
        <div className="wb-provisions-more">
          <MoreButton
            shown={provisions.edges.length /* 总体意见 counts as shown: it is pinned at the top */}
            total={provisions.totalCount}
            hasNext={provisions.pageInfo.hasNextPage}
            loading={loading}
            onMore={onMore}
          />
        </div>
      )}
    </nav>
  );
}

function ByLabel({
  title,
  rows,
}: {
  title: string;
  rows: Array<{ key: string; label: string; opinions: number }>;
}) {
  if (!rows.length) return null;
  return (
    <div className="wb-bylabel">
      <span className="wb-bylabel-title">{title}</span>
      <Space wrap size={[4, 4]}>
        {rows.map((r) => (
          <Tag key={r.key}>
            {r.label} {r.opinions}
          </Tag>
        ))}
      </Space>
    </div>
  );
}

function Annotations({ address }: { address: string }) {
  const wb = useWorkbench();
  const { data } = useQuery(ProvisionAnnotationsDocument, {
    variables: { taskId: wb.taskId, provisionAddress: address },
  });
  const list = (data?.annotations ?? []).filter((a) => a.status === 'ACTIVE');
  if (!list.length) return <Empty description="本条没有专家团队批注" image={Empty.PRESENTED_IMAGE_SIMPLE} />;
  return (
    <ul className="wb-annotations">
      {list.map((a) => (
        <li key={a.id}>
          {a.quote && <q>{a.quote}</q>} {a.note}
          {a.proposedWording && <div>建议修改为：{a.proposedWording}</div>}
          {a.legalBasis && <div>依据：{a.legalBasis}</div>}
        </li>
      ))}
    </ul>
  );
}

export function ProvisionDetail({ tally, counts }: { tally: Tally | null; counts: Counts | undefined }) {
  if (!tally) {
    if (!counts) return null;
    return (
      <section className="wb-detail" aria-label="全部条文的计数">
        <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
          全部条文
        </Typography.Title>
        <p className="wb-hint">
          有效意见 {counts.active} 条（代表 {counts.people} 人），已撤回 {counts.withdrawn} 条
        </p>
        <ByLabel title="按征集方式" rows={counts.byChannel} />
        <ByLabel title="按联系单位" rows={counts.byUnit} />
      </section>
    );
  }
  return (
    <section className="wb-detail" aria-label={`${tally.citation}的计数`}>
      <Typography.Title level={2} style={{ fontSize: 18, margin: 0 }}>
        {tally.citation}
      </Typography.Title>
      {tally.text && (
        <Typography.Paragraph className="wb-provision-text" ellipsis={{ rows: 3, expandable: true }}>
          {tally.text}
        </Typography.Paragraph>
      )}
      <p className="wb-hint">
        {tally.opinions} 条意见（代表 {tally.people} 人）· {tally.suggestions} 个汇总条目 ·{' '}
        {tally.duplicateGroups} 组重复
      </p>
      <ByLabel title="按征集方式" rows={tally.byChannel} />
      <ByLabel title="按联系单位" rows={tally.byUnit} />
      {tally.provisionAddress && tally.annotations > 0 && (
        <Collapse
          size="small"
          items={[
            {
              key: 'a',
              label: `专家团队批注（${tally.annotations}）`,
              children: <Annotations address={tally.provisionAddress} />,
            },
          ]}
        />
      )}
    </section>
  );
}
