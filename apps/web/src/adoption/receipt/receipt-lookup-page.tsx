// 意见回执查询: a member of the public types the 回执号 a collector read out to them and sees where their opinion
// stands — the draft, the provision, the date received, the stage and the legislature's published decisions. No
// sign-in; the API shows nothing personal and limits lookups per network address (its messages are shown as they come).
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Card, Descriptions, Form, Input, List, Space, Tag, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { errorMessage, showFieldErrors } from '../../common/api-errors';
import { OutcomeTag } from '../../common/outcome-tag';
import type { OpinionReceiptQuery, ReceiptStage } from '../../gql/graphql';
import { OpinionReceiptDocument } from './receipt.operations';

type Receipt = NonNullable<OpinionReceiptQuery['opinionReceipt']>;

const STAGE_LABELS: Record<ReceiptStage, string> = {
  RECEIVED: '已收到',
  CONSOLIDATED: '已汇总',
  SUBMITTED: '已报送立法机关',
  DECIDED: '已反馈采纳情况',
  OUT_OF_SCOPE: '不予报送',
  WITHDRAWN: '已撤回',
};

const STAGE_TEXTS: Record<ReceiptStage, string> = {
  RECEIVED: '联系点已收到您的意见，正在等待汇总。',
  CONSOLIDATED: '您的意见已汇入联系点的意见建议汇总表，审核后将报送立法机关。',
  SUBMITTED: '您的意见已随汇总表报送立法机关。立法机关公布采纳情况后，可在这里查看。',
  DECIDED: '立法机关已公布对您的意见的采纳情况：',
  OUT_OF_SCOPE:
    '经联系点研究，这条意见不在本次征求意见的范围内，因此没有报送立法机关。感谢您的参与，欢迎今后继续提出意见。',
  WITHDRAWN: '这条意见已经撤回，不再报送立法机关。',
};

const STAGE_COLORS: Record<ReceiptStage, string> = {
  RECEIVED: 'blue',
  CONSOLIDATED: 'blue',
  SUBMITTED: 'geekblue',
  DECIDED: 'green',
  OUT_OF_SCOPE: 'default',
  WITHDRAWN: 'default',
};

/** A whole 回执号 as the receipt gives it: 14 digits (the API checks its check digit). */
const RECEIPT_NUMBER = /^\d{14}$/;

const formatReceipt = (digits: string) => digits.replace(/(\d{4})(?=\d)/g, '$1 ');

export default function ReceiptLookupPage() {
  const client = useApolloClient();
  const [form] = Form.useForm<{ receiptNumber: string }>();
  // /receipt?n=… (the link under a 回执号 given online) fills the number in and, when it is a whole 回执号 (14 digits),
  // looks it up at once: one request per page load — as pressing 查询 once — and the API's per-address limit applies.
  const [params] = useSearchParams();
  const given = params.get('n') ?? '';
  const autoLooked = useRef(false);
  const [loading, setLoading] = useState(false);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const lookup = async ({ receiptNumber }: { receiptNumber: string }) => {
    setLoading(true);
    setProblem(null);
    setReceipt(null);
    try {
      const { data } = await client.query({
        query: OpinionReceiptDocument,
        variables: { receiptNumber },
        fetchPolicy: 'network-only',
      });
      setReceipt(data?.opinionReceipt ?? null);
    } catch (error) {
      if (!showFieldErrors(form, error)) setProblem(errorMessage(error));
    } finally {
      setLoading(false);
    }
  };

  useEffect(() => {
    // Once per load (React's development double effect and later renders included): the ref outlives both.
    if (autoLooked.current) return;
    autoLooked.current = true;
    const digits = given.replace(/\s/g, '');
    if (RECEIPT_NUMBER.test(digits)) void lookup({ receiptNumber: digits });
  }, []);

  return (
    <main className="signin">
      <Card className="signin-card">
        <Typography.Title level={1} style={{ fontSize: 24, textAlign: 'center' }}>
          意见回执查询
        </Typography.Title>
        <Typography.Paragraph type="secondary">
          输入采集员告诉您的（或网上提交意见后得到的）14
          位回执号，查看意见的处理情况。为保护个人信息，这里不显示意见内容和提出人的信息。
        </Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void lookup(v)}
          requiredMark={false}
          initialValues={{ receiptNumber: given }}
        >
          <Form.Item
            label="回执号"
            name="receiptNumber"
            rules={[{ required: true, whitespace: true, message: '请输入回执号' }]}
          >
            <Input inputMode="numeric" autoComplete="off" maxLength={40} placeholder="如 2611 2648 3107 25" />
          </Form.Item>
          <Button type="primary" htmlType="submit" block loading={loading}>
            查询
          </Button>
        </Form>
        {problem && (
          <Alert
            type="warning"
            showIcon
            title={problem}
            style={{ marginTop: 16 }}
            data-testid="receipt-problem"
          />
        )}
        {receipt && (
          <section aria-label="查询结果" style={{ marginTop: 16 }} data-testid="receipt-result">
            <Descriptions column={1} size="small" bordered styles={{ label: { whiteSpace: 'nowrap' } }}>
              <Descriptions.Item label="回执号">{formatReceipt(receipt.receiptNumber)}</Descriptions.Item>
              <Descriptions.Item label="草案名称">{receipt.draftTitle}</Descriptions.Item>
              <Descriptions.Item label="条款">{receipt.provisionCitation ?? '总体意见'}</Descriptions.Item>
              <Descriptions.Item label="收到日期">{receipt.receivedOn}</Descriptions.Item>
              <Descriptions.Item label="处理进度">
                <Tag color={STAGE_COLORS[receipt.stage]}>{STAGE_LABELS[receipt.stage]}</Tag>
              </Descriptions.Item>
            </Descriptions>
            <Typography.Paragraph style={{ marginTop: 12 }}>
              {STAGE_TEXTS[receipt.stage]}
            </Typography.Paragraph>
            {receipt.decisions.length > 0 && (
              <List
                dataSource={receipt.decisions}
                renderItem={(d) => (
                  <List.Item>
                    <Space direction="vertical" size={2}>
                      <span>
                        <OutcomeTag outcome={d.outcome} />
                        公布于 {d.publishedOn}
                      </span>
                      <span>理由：{d.reason}</span>
                    </Space>
                  </List.Item>
                )}
              />
            )}
          </section>
        )}
        <Typography.Paragraph style={{ marginTop: 16, textAlign: 'center' }}>
          <Link to="/signin">工作人员登录</Link>
        </Typography.Paragraph>
      </Card>
    </main>
  );
}
