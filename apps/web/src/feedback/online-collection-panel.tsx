// 网上征集（扫码提意见）on the 征集活动 page, for the executing body: open a public round for the task (closing at the
// latest at the point's deadline), then show its link and QR code — downloadable as a PNG for a poster at a 院坝会 or
// the point's WeChat account — and close it early. The API decides who may (openOnlineCollection, TASK_DISTRIBUTE).
import { useMutation } from '@apollo/client/react';
import {
  Alert,
  App,
  Button,
  Card,
  DatePicker,
  Form,
  Input,
  List,
  Popconfirm,
  QRCode,
  Space,
  Tag,
  Typography,
} from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { errorMessage, showFieldErrors } from '../common/api-errors';
import { beijingWallClock, fromBeijingWallClock, wallClockWindow } from '../common/china-time';
import { formatDateTime } from '../common/dates';
import { pointTaskTag } from '../consultation/collection-status';
import { ActivitiesDocument } from './feedback.operations';
import { OnlineFlow } from './online-flow';
import { CloseOnlineCollectionDocument, OpenOnlineCollectionDocument } from './online.operations';

/** A round still taking opinions reads 征集中 in the colour the point's task has in that state (one colour per state). */
const COLLECTING_COLOR = pointTaskTag({ state: 'COLLECTING', acceptingOpinions: true }).color;

export interface OnlineRound {
  id: string;
  title: string;
  publicToken?: string | null;
  /** The link made from the server's PUBLIC_BASE_URL; null when the server has none (this page's address is used). */
  publicLink?: string | null;
  closesAt?: string | null;
  closedAt?: string | null;
  participants: number;
}

interface OpenValues {
  title?: string;
  /** Beijing's wall clock, as the picker holds it (china-time.ts). */
  closesAt?: Dayjs | null;
}

/** The round's public link: the server's (PUBLIC_BASE_URL), or else made from the address this page was opened at. */
export const publicLink = (round: Pick<OnlineRound, 'publicToken' | 'publicLink'>) =>
  round.publicLink ?? `${window.location.origin}/online/${round.publicToken}`;

/** Whether a host name only this machine or this intranet reaches: localhost, a private or link-local address, a bare name. */
function privateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (/\.(local|lan|internal|intranet|home|corp)$/.test(host)) return true;
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(host);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 127 ||
      a === 10 ||
      a === 0 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 169 && b === 254) ||
      (a === 100 && b >= 64 && b <= 127)
    );
  }
  if (host.includes(':')) return host === '::1' || /^f[cd]/.test(host) || /^fe[89ab]/.test(host);
  return !host.includes('.');
}

/**
 * Why a link made from this page's address (`origin`) would fail on a poster, or null: an address only this machine
 * or intranet reaches, or one without https.
 */
export function originProblem(origin: string): string | null {
  const url = new URL(origin);
  const fix =
    '请系统管理员设置 PUBLIC_BASE_URL（群众访问本系统的 https 公网地址），链接和二维码将按该地址生成。';
  if (privateHost(url.hostname))
    return `链接和二维码按本页面的地址（${url.host}）生成，这是本机或内网地址，群众的手机打不开，请勿张贴或转发。${fix}`;
  if (url.protocol !== 'https:')
    return `链接和二维码按本页面的地址（${origin}）生成，没有使用 https：群众填写的姓名、电话将不加密传输，微信也可能提示风险。${fix}`;
  return null;
}

/**
 * The round's QR code as an image: drawn large (1024 px) off screen, shown at 200 px, and downloaded as that PNG — so a
 * printed poster stays sharp, and the picture on screen is an <img> with its alternative text.
 */
function QrImage({ value, label, fileName }: { value: string; label: string; fileName: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [src, setSrc] = useState<string | null>(null);
  useEffect(() => {
    // The QR component draws its canvas in its own effect, which runs before this one.
    const canvas = box.current?.querySelector('canvas');
    if (canvas) setSrc(canvas.toDataURL('image/png'));
  }, [value]);
  const download = () => {
    if (!src) return;
    const a = document.createElement('a');
    a.href = src;
    a.download = fileName;
    document.body.appendChild(a);
    a.click();
    a.remove();
  };
  return (
    <>
      <div ref={box} aria-hidden="true" style={{ position: 'absolute', left: -10000, top: 0 }}>
        <QRCode value={value} size={1024} bgColor="#fff" marginSize={4} />
      </div>
      {src && (
        <img
          src={src}
          alt={label}
          width={200}
          height={200}
          style={{ display: 'block', border: '1px solid #eee' }}
        />
      )}
      <Button onClick={download} disabled={!src} style={{ marginTop: 8 }}>
        下载二维码
      </Button>
    </>
  );
}

export function OnlineCollectionPanel({
  taskId,
  rounds,
  deadline,
  closedReason,
  stopped = null,
}: {
  taskId: string;
  rounds: OnlineRound[];
  /** The point's deadline (an extension included): the latest a round may close. */
  deadline: string | null;
  /** Why no round may be opened now (the collection closed), or null. */
  closedReason: string | null;
  /**
   * Why the point's links no longer take opinions, in a word (onlineStoppedTag: 已停用, 已报送, 已停止征集, 已截止…), or
   * null while they do. Then every round has ended whatever its own closing time: no link, no QR code, nothing to close.
   */
  stopped?: string | null;
}) {
  const { message } = App.useApp();
  const [form] = Form.useForm<OpenValues>();
  const [problem, setProblem] = useState<string | null>(null);
  const [open, { loading: opening }] = useMutation(OpenOnlineCollectionDocument, {
    refetchQueries: [ActivitiesDocument],
  });
  const [close] = useMutation(CloseOnlineCollectionDocument, { refetchQueries: [ActivitiesDocument] });
  const now = Date.now();
  // The picker offers what the API accepts (OnlineCollectionService.open): after now, not after the point's deadline —
  // both in Beijing time, as every time on the page. The API still has the last word (its errors land on the field).
  const pickable = wallClockWindow(
    beijingWallClock(now).add(1, 'minute').startOf('minute'),
    deadline ? beijingWallClock(deadline) : null,
  );
  // Only when a link is made from this page's address (the server has no PUBLIC_BASE_URL) can that address be wrong.
  const linkProblem =
    !stopped && rounds.some((r) => !r.publicLink) ? originProblem(window.location.origin) : null;

  const submit = async (v: OpenValues) => {
    setProblem(null);
    try {
      await open({
        variables: {
          input: {
            taskId,
            title: v.title?.trim() || null,
            closesAt: v.closesAt ? fromBeijingWallClock(v.closesAt) : null,
          },
        },
      });
      form.resetFields();
      void message.success('网上征集已开放，可以下载二维码张贴或转发链接');
    } catch (e) {
      if (!showFieldErrors(form, e)) setProblem(errorMessage(e));
    }
  };

  const closeEarly = async (id: string) => {
    try {
      await close({ variables: { input: { activityId: id } } });
      void message.success('网上征集已结束，链接不再接收意见');
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <Card title={<h3 style={{ fontSize: 18, margin: 0 }}>网上征集（扫码提意见）</h3>}>
      <Typography.Paragraph type="secondary">
        开放后，群众扫描二维码或打开链接即可阅读草案、提出意见（无需登录），并得到回执号。意见计入本联系点，征集方式为“网上征集”。
      </Typography.Paragraph>
      {linkProblem && (
        <Alert
          type="warning"
          showIcon
          title={linkProblem}
          data-testid="online-link-warning"
          style={{ marginBottom: 16 }}
        />
      )}
      {rounds.length > 0 && (
        <List
          dataSource={rounds}
          renderItem={(r) => {
            const ownEnd = Boolean(r.closedAt) || (r.closesAt ? Date.parse(r.closesAt) <= now : false);
            const ended = ownEnd || Boolean(stopped);
            const link = publicLink(r);
            return (
              <List.Item>
                <section aria-label={`网上征集：${r.title}`} style={{ width: '100%', minWidth: 0 }}>
                  <Space wrap size={[8, 4]}>
                    <strong>{r.title}</strong>
                    {ended ? <Tag>已结束</Tag> : <Tag color={COLLECTING_COLOR}>征集中</Tag>}
                  </Space>
                  <div>
                    {ended && r.closedAt
                      ? `已于 ${formatDateTime(r.closedAt)} 提前结束`
                      : `${stopped && !ownEnd ? '原定截止时间' : '截止时间'}：${formatDateTime(r.closesAt)}`}
                  </div>
                  {stopped && !ownEnd && (
                    <div data-testid="online-round-stopped">
                      {stopped === '已截止' ? '本联系点的征集已截止' : `本联系点${stopped}`}
                      ，链接和二维码不再接收意见
                    </div>
                  )}
                  <OnlineFlow activityId={r.id} live={!ended} />
                  {!ended && (
                    <>
                      <Typography.Paragraph
                        copyable={{ text: link, tooltips: ['复制链接', '已复制'] }}
                        style={{ margin: '8px 0', overflowWrap: 'anywhere' }}
                        data-testid="online-link"
                      >
                        {link}
                      </Typography.Paragraph>
                      <QrImage value={link} label={`${r.title}的二维码`} fileName={`${r.title}-二维码.png`} />
                      <Space wrap style={{ marginTop: 8, marginLeft: 8 }}>
                        <Popconfirm
                          title="提前结束网上征集？"
                          description="结束后链接和二维码不再接收意见，已收到的意见不受影响。"
                          okText="结束"
                          cancelText="取消"
                          onConfirm={() => closeEarly(r.id)}
                        >
                          <Button danger>提前结束</Button>
                        </Popconfirm>
                      </Space>
                    </>
                  )}
                </section>
              </List.Item>
            );
          }}
        />
      )}
      {closedReason ? (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {closedReason}
        </Typography.Paragraph>
      ) : (
        <>
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
          <Form form={form} layout="vertical" onFinish={(v) => void submit(v)} noValidate>
            <Form.Item label="网上征集名称" name="title">
              <Input maxLength={200} placeholder="网上征集意见" />
            </Form.Item>
            <Form.Item
              label="截止时间"
              name="closesAt"
              extra={
                deadline
                  ? `不填即为本联系点的征集截止时间（${formatDateTime(deadline)}），不能晚于它`
                  : undefined
              }
            >
              <DatePicker
                showTime={{ format: 'HH:mm' }}
                format="YYYY-MM-DD HH:mm"
                placeholder="选择截止日期和时间"
                // 此刻 would be the device's clock, not Beijing's; and a round must close after now anyway.
                showNow={false}
                // Enter confirms a typed time (the picker takes it first); it must not also submit the form and open
                // the round with the time still unset.
                onKeyDown={(e) => {
                  if (e.key === 'Enter') e.preventDefault();
                }}
                disabledDate={pickable.disabledDate}
                disabledTime={pickable.disabledTime}
                style={{ width: '100%' }}
              />
            </Form.Item>
            <Button type="primary" htmlType="submit" block loading={opening}>
              开放网上征集
            </Button>
          </Form>
        </>
      )}
    </Card>
  );
}
