// 网上征集 (public, no sign-in, phone first): a member of the public who scanned the poster's QR code or opened the
// point's link reads the draft — its title, stage, deadline, the key questions and the provisions — and submits an
// opinion themselves, getting a 回执号 for 意见回执查询. A closed, expired or unknown link answers one clear page. The
// page keeps one idempotency key per opinion, so a retry after a lost answer gets the same receipt. The provisions come
// a page at a time (the API bounds each answer): the next page loads as the reader nears the end of those shown, or
// when they press 加载更多条文; the 针对条款 picker has every article from the first answer.
import { useApolloClient, useQuery } from '@apollo/client/react';
import { Alert, Button, Card, Checkbox, Form, Input, Result, Select, Space, Tag, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { errorCode, errorMessage, errorReason, showFieldErrors } from '../common/api-errors';
import { formatDateTime } from '../common/dates';
import { DRAFT_STAGE_LABELS } from '../drafts/manage/manage-labels';
import type { OnlineCollectionQuery } from '../gql/graphql';
import {
  OnlineCollectionDocument,
  OnlineCollectionProvisionsDocument,
  SubmitOnlineOpinionDocument,
} from './online.operations';

type Round = OnlineCollectionQuery['onlineCollection'];
type Provision = Round['provisions']['edges'][number]['node'];

/** Starts loading the next page this far before the reader reaches the end of what is shown. */
const PREFETCH_MARGIN = '800px 0px';

interface Values {
  provisionAddress: string;
  proposedChange: string;
  reason?: string;
  name?: string;
  phone?: string;
  consent?: boolean;
  minor?: boolean;
  guardianConsent?: boolean;
  notifyOutcome?: boolean;
  website?: string;
}

const GENERAL = '__general__';
const HEADINGS = new Set(['part', 'subpart', 'chapter', 'section']);

/** A fresh key for one opinion: crypto.randomUUID where the page is a secure context, random bytes otherwise. */
function newKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  return Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join(
    '',
  );
}

const formatReceipt = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, '$1 ');

function Provisions({ provisions, onPick }: { provisions: Provision[]; onPick: (address: string) => void }) {
  return (
    <div className="online-provisions">
      {provisions.map((p) => {
        if (HEADINGS.has(p.kind))
          return (
            <h3 key={p.address} className="online-heading">
              {p.label} {p.heading ?? ''}
            </h3>
          );
        if (p.kind === 'article')
          return (
            <div key={p.address} className="online-article" id={`p-${p.address}`}>
              <strong>
                {p.label}
                {p.heading ? `（${p.heading}）` : ''}
              </strong>{' '}
              {p.text}
              <Button type="link" size="small" onClick={() => onPick(p.address)}>
                对{p.citation}提意见
              </Button>
            </div>
          );
        return (
          <p key={p.address} className="online-text" style={{ paddingLeft: Math.max(0, p.depth - 1) * 12 }}>
            {p.label ? `${p.label} ` : ''}
            {p.text}
          </p>
        );
      })}
    </div>
  );
}

export default function OnlinePage() {
  const { token = '' } = useParams();
  const client = useApolloClient();
  const [form] = Form.useForm<Values>();
  const { data, error, loading } = useQuery(OnlineCollectionDocument, {
    variables: { token },
    fetchPolicy: 'network-only',
  });
  const key = useRef(newKey());
  const [sending, setSending] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [closed, setClosed] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<{ receiptNumber: string; citation: string } | null>(null);
  const formRef = useRef<HTMLDivElement>(null);
  const personal = Form.useWatch((v: Values) => Boolean(v.name?.trim() || v.phone?.trim()), form);
  const minor = Form.useWatch('minor', form);
  const phone = Form.useWatch((v: Values) => Boolean(v.phone?.trim()), form);

  const round = data?.onlineCollection;
  const [more, setMore] = useState<{
    provisions: Provision[];
    after: string | null;
    hasNext: boolean;
  } | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreProblem, setMoreProblem] = useState<string | null>(null);
  const sentinel = useRef<HTMLDivElement>(null);
  // While the page scrolls itself to the form, passing the end of the provisions loads nothing.
  const jumping = useRef(false);
  const first = round?.provisions;
  const shown = first ? [...first.edges.map((e) => e.node), ...(more?.provisions ?? [])] : [];
  const after = more ? more.after : (first?.pageInfo.endCursor ?? null);
  const hasNext = more ? more.hasNext : (first?.pageInfo.hasNextPage ?? false);

  const loadMore = useCallback(async () => {
    if (!after || loadingMore) return;
    setLoadingMore(true);
    setMoreProblem(null);
    try {
      const { data: page } = await client.query({
        query: OnlineCollectionProvisionsDocument,
        variables: { token, after },
        fetchPolicy: 'no-cache',
      });
      const next = page!.onlineCollection.provisions;
      setMore((m) => ({
        provisions: [...(m?.provisions ?? []), ...next.edges.map((e) => e.node)],
        after: next.pageInfo.endCursor ?? null,
        hasNext: next.pageInfo.hasNextPage,
      }));
    } catch (e) {
      if (errorReason(e) === 'ONLINE_COLLECTION_CLOSED') setClosed(errorMessage(e));
      else setMoreProblem(errorMessage(e));
    } finally {
      setLoadingMore(false);
    }
  }, [after, client, loadingMore, token]);

  // The next page as the reader nears the end of those shown (not again after a failure: the button retries).
  useEffect(() => {
    const end = sentinel.current;
    if (!end || !hasNext || moreProblem || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting) && !jumping.current) void loadMore();
      },
      { rootMargin: PREFETCH_MARGIN },
    );
    observer.observe(end);
    return () => observer.disconnect();
  }, [hasNext, loadMore, moreProblem]);
  const shell = (children: ReactNode) => (
    <main className="online-page">
      <div className="online-column">{children}</div>
    </main>
  );

  if (loading && !data) return shell(<Card loading />);
  if (!round || closed) {
    const code = errorCode(error);
    const title = closed
      ? '网上征集已结束'
      : code === 'NOT_FOUND'
        ? '没有找到这个网上征集'
        : code === 'CONFLICT'
          ? '网上征集已结束'
          : '页面暂时打不开';
    return shell(
      <Result
        status={code === 'NOT_FOUND' ? '404' : 'info'}
        title={title}
        subTitle={closed ?? (error ? errorMessage(error) : '请稍后重试')}
        extra={<Link to="/receipt">已经提交过意见？用回执号查询办理情况</Link>}
      />,
    );
  }

  const articles = round.articles;
  const shownArticles = shown.filter((p) => p.kind === 'article').length;
  const pick = (address: string) => {
    form.setFieldValue('provisionAddress', address);
    jumping.current = true;
    window.setTimeout(() => (jumping.current = false), 1500);
    formRef.current?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  };

  const submit = async (v: Values) => {
    setSending(true);
    setProblem(null);
    try {
      const { data: sent } = await client.mutate({
        mutation: SubmitOnlineOpinionDocument,
        variables: {
          input: {
            token,
            provisionAddress: v.provisionAddress === GENERAL ? null : v.provisionAddress,
            proposedChange: v.proposedChange.trim(),
            reason: v.reason?.trim() || null,
            name: v.name?.trim() || null,
            phone: v.phone?.trim() || null,
            consent: v.consent ?? false,
            minor: v.minor ?? false,
            guardianConsent: v.guardianConsent ?? false,
            // Being told the outcome needs a phone to call (the API refuses it without one, PHONE_REQUIRED).
            notifyOutcome: Boolean(v.phone?.trim()) && (v.notifyOutcome ?? true),
            idempotencyKey: key.current,
            website: v.website || null,
          },
        },
      });
      const citation =
        v.provisionAddress === GENERAL
          ? '总体意见'
          : (articles.find((a) => a.address === v.provisionAddress)?.citation ?? '');
      setReceipt({ receiptNumber: sent!.submitOnlineOpinion.receiptNumber, citation });
      window.scrollTo({ top: 0 });
    } catch (e) {
      // The same key is kept: pressing 提交 again after a lost answer gets the same receipt.
      if (errorReason(e) === 'ONLINE_COLLECTION_CLOSED') setClosed(errorMessage(e));
      else if (!showFieldErrors(form, e)) setProblem(errorMessage(e));
    } finally {
      setSending(false);
    }
  };

  const another = () => {
    key.current = newKey();
    form.resetFields();
    setReceipt(null);
  };

  if (receipt)
    return shell(
      <Card>
        <Result
          status="success"
          title="意见已提交，谢谢您！"
          subTitle={`《${round.draftTitle}》· ${receipt.citation}`}
        />
        <section aria-label="回执号" className="online-receipt" data-testid="online-receipt">
          <div>您的回执号</div>
          <div className="online-receipt-number">{formatReceipt(receipt.receiptNumber)}</div>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0' }}>
            请截图或抄下回执号。凭回执号可以随时查询意见的处理情况和立法机关的采纳结果。
          </Typography.Paragraph>
        </section>
        <Space direction="vertical" style={{ width: '100%', marginTop: 16 }}>
          <Link to={`/receipt?n=${receipt.receiptNumber}`}>
            <Button type="primary" block>
              查询办理情况
            </Button>
          </Link>
          <Button block onClick={another}>
            再提一条意见
          </Button>
        </Space>
      </Card>,
    );

  return shell(
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Typography.Text type="secondary">{round.contactPointName} · 网上征集</Typography.Text>
        <Typography.Title level={1} style={{ fontSize: 22, margin: '4px 0 8px' }}>
          {round.draftTitle}
        </Typography.Title>
        <Space wrap size={[8, 4]}>
          {/* The version as the reader names it (2026年11月修改稿); its stage beside it unless the label says it already. */}
          <Tag color="blue" data-testid="online-version">
            {round.versionLabel}
          </Tag>
          {!round.versionLabel.includes(DRAFT_STAGE_LABELS[round.stage]) && (
            <Tag>{DRAFT_STAGE_LABELS[round.stage]}</Tag>
          )}
          <span>截止时间：{formatDateTime(round.closesAt)}</span>
        </Space>
        <Typography.Paragraph style={{ margin: '8px 0 0' }}>
          欢迎您阅读草案并提出意见建议。无需注册登录，提交后会得到回执号，可凭回执号查询采纳情况。
        </Typography.Paragraph>
        <Button type="primary" block style={{ marginTop: 12 }} onClick={() => pick(GENERAL)}>
          我要提意见
        </Button>
      </Card>
      {round.focusQuestions.length > 0 && (
        <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>重点征求意见的问题</h2>}>
          <ol style={{ margin: 0, paddingLeft: 20 }}>
            {round.focusQuestions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </Card>
      )}
      <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>草案条文</h2>}>
        <Provisions provisions={shown} onPick={pick} />
        {hasNext && (
          <div ref={sentinel} className="online-more">
            {moreProblem && <Alert type="warning" showIcon title={moreProblem} style={{ marginBottom: 8 }} />}
            <Button block loading={loadingMore} onClick={() => void loadMore()}>
              加载更多条文（已显示 {shownArticles} 条，共 {articles.length} 条）
            </Button>
          </div>
        )}
      </Card>
      <div ref={formRef}>
        <Card title={<h2 style={{ fontSize: 17, margin: 0 }}>提出意见</h2>}>
          {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 16 }} />}
          <Form
            form={form}
            layout="vertical"
            initialValues={{ provisionAddress: GENERAL }}
            onFinish={(v) => void submit(v)}
            scrollToFirstError
            requiredMark="optional"
          >
            <Form.Item label="针对条款" name="provisionAddress" required>
              <Select
                showSearch
                optionFilterProp="label"
                options={[
                  { value: GENERAL, label: '总体意见（不针对某一条）' },
                  ...articles.map((a) => ({
                    value: a.address,
                    label: `${a.citation}${a.heading ? `（${a.heading}）` : ''}`,
                  })),
                ]}
              />
            </Form.Item>
            <Form.Item
              label="修改意见"
              name="proposedChange"
              rules={[{ required: true, whitespace: true, message: '请填写修改意见' }]}
            >
              <Input.TextArea
                autoSize={{ minRows: 4 }}
                maxLength={round.maxTextLength}
                showCount
                placeholder="建议怎么改，或者您的看法"
              />
            </Form.Item>
            <Form.Item label="理由" name="reason">
              <Input.TextArea autoSize={{ minRows: 3 }} maxLength={round.maxTextLength} showCount />
            </Form.Item>
            {/* The honeypot: out of sight and out of the tab order; a person leaves it empty. */}
            <Form.Item name="website" className="online-hp" aria-hidden="true">
              <Input tabIndex={-1} autoComplete="off" aria-label="网址（请留空）" />
            </Form.Item>
            <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
              姓名和电话可以不填。留下电话，联系点可以在需要时联系您核实意见，并在采纳情况公布后告诉您。
            </Typography.Paragraph>
            <Form.Item label="姓名" name="name">
              <Input maxLength={50} autoComplete="name" />
            </Form.Item>
            <Form.Item label="电话" name="phone">
              <Input maxLength={20} inputMode="tel" autoComplete="tel" />
            </Form.Item>
            {personal && (
              <>
                <Form.Item
                  name="consent"
                  valuePropName="checked"
                  rules={[
                    {
                      validator: (_, checked) =>
                        checked
                          ? Promise.resolve()
                          : Promise.reject(
                              new Error('留下姓名或电话，须先勾选同意；不愿留下的，请清空姓名和电话'),
                            ),
                    },
                  ]}
                >
                  <Checkbox>{round.consentText}</Checkbox>
                </Form.Item>
                {phone && (
                  // The consent names 告知采纳情况; whether to be told is the citizen's choice, offered ticked once a
                  // phone is left (the point calls when the legislature publishes its decisions).
                  <Form.Item name="notifyOutcome" valuePropName="checked" initialValue={true}>
                    <Checkbox>采纳情况公布后，请联系点打电话告诉我</Checkbox>
                  </Form.Item>
                )}
                <Form.Item name="minor" valuePropName="checked">
                  <Checkbox>我不满十四周岁</Checkbox>
                </Form.Item>
                {minor && (
                  <Form.Item name="guardianConsent" valuePropName="checked">
                    <Checkbox>我的监护人（父母等）已同意我留下姓名和电话</Checkbox>
                  </Form.Item>
                )}
              </>
            )}
            <Button type="primary" htmlType="submit" block size="large" loading={sending}>
              提交意见
            </Button>
          </Form>
        </Card>
      </div>
      <Typography.Paragraph type="secondary" style={{ textAlign: 'center' }}>
        <Link to="/receipt">用回执号查询意见处理情况</Link>
      </Typography.Paragraph>
    </Space>,
  );
}
