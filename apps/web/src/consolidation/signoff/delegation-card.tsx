// 委托审核: the point head lets a deputy head approve or return the table in their place (delegateConsolidationApproval),
// and takes it back. Shown to the head only; the API refuses anyone else.
import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, App, Card, List, Switch, Typography } from 'antd';
import { errorMessage } from '../../common/api-errors';
import { ApprovalDelegationDocument, DelegateApprovalDocument } from './signoff.operations';

export function DelegationCard({ taskId, contactPointId }: { taskId: string; contactPointId: string }) {
  const { message } = App.useApp();
  const { data, error, refetch } = useQuery(ApprovalDelegationDocument, {
    variables: { taskId, contactPointId },
  });
  const [delegate, { loading }] = useMutation(DelegateApprovalDocument);
  const deputies = (data?.contactPoint?.executingBody.deputyHeads ?? []).filter(
    (d) => d.active && d.accountId,
  );
  const delegated = new Set(data?.consolidation.approvalDelegates ?? []);

  const toggle = async (accountId: string, name: string, active: boolean) => {
    try {
      await delegate({ variables: { input: { contactPointId, accountId, active } } });
      void message.success(active ? `已委托${name}审核` : `已撤销对${name}的委托`);
      await refetch();
    } catch (e) {
      void message.error(errorMessage(e));
    }
  };

  return (
    <Card title={<h3 className="signoff-card-title">委托副点长审核</h3>}>
      <Typography.Paragraph type="secondary">
        受委托的副点长可以代点长审核通过或退回汇总表，直到撤销委托。
      </Typography.Paragraph>
      {error && !data && <Alert type="error" showIcon title={errorMessage(error)} />}
      <List
        dataSource={deputies}
        locale={{ emptyText: '本联系点没有可委托的副点长' }}
        renderItem={(d) => (
          <List.Item
            extra={
              <Switch
                checked={delegated.has(d.accountId!)}
                loading={loading}
                aria-label={`委托${d.name}审核`}
                onChange={(on) => void toggle(d.accountId!, d.name, on)}
              />
            }
          >
            <span>
              副点长 {d.name}
              {delegated.has(d.accountId!) ? '（已委托）' : ''}
            </span>
          </List.Item>
        )}
      />
    </Card>
  );
}
