// How a 网上征集 round is going, on its card: the opinions received, and the flow of submissions — per Beijing hour
// over the last 48 hours, per day over the round's life when longer — as a row of bars, so a campaign's start (a link
// passed round a WeChat group) shows. Plain elements in Ant Design's colours: no chart library for two rows of bars.
// Each row is one image to a screen reader, described in words; each bar's title gives its hour or day and count.
import { useQuery } from '@apollo/client/react';
import { Alert, Typography, theme } from 'antd';
import { errorMessage } from '../common/api-errors';
import { TIME_ZONE } from '../common/dates';
import { OnlineCollectionFlowDocument } from './online.operations';

const dayFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, month: 'long', day: 'numeric' });
const hourFormat = new Intl.DateTimeFormat('zh-CN', { timeZone: TIME_ZONE, hour: 'numeric', hour12: false });
/** 12月7日 */
const dayLabel = (at: string) => dayFormat.format(new Date(at));
/** 12月7日 8时 */
const hourLabel = (at: string) => `${dayLabel(at)} ${hourFormat.format(new Date(at))}`;

/** The widest a bar's slot gets (px): 48 hours fill a desk's card, a round's first hours stay bars, not slabs. */
const BAR_SLOT = 24;

interface Bucket {
  start: string;
  count: number;
}

function BarRow({ buckets, label, name }: { buckets: Bucket[]; label: (b: Bucket) => string; name: string }) {
  const { token } = theme.useToken();
  const max = Math.max(1, ...buckets.map((b) => b.count));
  const width = buckets.length * BAR_SLOT;
  const total = buckets.reduce((sum, b) => sum + b.count, 0);
  const peak = buckets.reduce<Bucket | null>((top, b) => (b.count > (top?.count ?? 0) ? b : top), null);
  const summary = `${name}：共 ${total} 条${peak ? `，最多的是${label(peak)}，${peak.count} 条` : ''}`;
  return (
    <figure style={{ margin: '8px 0 0' }}>
      <figcaption style={{ fontSize: 13, color: token.colorTextSecondary }}>{summary}</figcaption>
      <div
        role="img"
        aria-label={summary}
        data-testid={`flow-${name}`}
        style={{
          display: 'flex',
          alignItems: 'flex-end',
          gap: 1,
          height: 48,
          // A young round has few buckets: its bars keep their width (the row grows with the round), not slabs.
          maxWidth: width,
          marginTop: 4,
          paddingBottom: 1,
          borderBottom: `1px solid ${token.colorBorder}`,
        }}
      >
        {buckets.map((b) => (
          <div
            key={b.start}
            title={`${label(b)}：${b.count} 条`}
            data-count={b.count}
            style={{
              flex: '1 1 0',
              minWidth: 1,
              height: b.count ? `${Math.max(8, (b.count / max) * 100)}%` : 2,
              background: b.count ? token.colorPrimary : token.colorFillSecondary,
              borderRadius: '2px 2px 0 0',
            }}
          />
        ))}
      </div>
      {buckets.length > 0 && (
        <div
          aria-hidden="true"
          style={{
            display: 'flex',
            justifyContent: 'space-between',
            maxWidth: width >= 240 ? width : undefined,
            fontSize: 12,
            color: token.colorTextSecondary,
          }}
        >
          {width >= 240 ? (
            <>
              <span>{label(buckets[0])}</span>
              <span>{label(buckets[buckets.length - 1])}</span>
            </>
          ) : (
            <span>
              {label(buckets[0])}
              {buckets.length > 1 ? ` 至 ${label(buckets[buckets.length - 1])}` : ''}
            </span>
          )}
        </div>
      )}
    </figure>
  );
}

/** The round's flow; refreshed every minute while the round takes submissions. */
export function OnlineFlow({ activityId, live }: { activityId: string; live: boolean }) {
  const { data, error } = useQuery(OnlineCollectionFlowDocument, {
    variables: { activityId },
    pollInterval: live ? 60_000 : 0,
  });
  const flow = data?.onlineCollectionFlow;
  if (error && !flow)
    return <Alert type="warning" showIcon title={`征集进展暂时无法显示：${errorMessage(error)}`} />;
  if (!flow) return null;
  return (
    <section aria-label="征集进展" data-testid="online-flow" style={{ marginTop: 8 }}>
      <Typography.Text strong>已收到 {flow.received} 条意见</Typography.Text>
      {flow.received === 0 ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          还没有群众提交意见；收到后这里按小时、按天显示提交情况。
        </Typography.Paragraph>
      ) : (
        <>
          <BarRow
            name={`最近 ${flow.hourly.length} 小时`}
            buckets={flow.hourly}
            label={(b) => hourLabel(b.start)}
          />
          {flow.daily.length > 0 && (
            <BarRow
              name={flow.daysTruncated ? `最近 ${flow.daily.length} 天` : '每天'}
              buckets={flow.daily}
              label={(b) => dayLabel(b.start)}
            />
          )}
        </>
      )}
    </section>
  );
}
