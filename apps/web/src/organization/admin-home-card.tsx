// 首页 for the system administrator (`admin`), who belongs to no legislature or point: what the role is for, and every
// contact point with its head, each opening 组织 for that point (where the administrator may open the head's account,
// which only an administrator may do), and the way to 系统管理. Without this the administrator met 首页 with nothing to do.
import { useQuery } from '@apollo/client/react';
import { Alert, Card, List, Skeleton, Space, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { errorMessage } from '../common/api-errors';
import { LinkButton } from '../common/link-button';
import { AdminContactPointsDocument } from './organization.operations';

export function AdminHomeCard() {
  const { data, error, loading } = useQuery(AdminContactPointsDocument);
  const points = data?.contactPoints.edges.map((e) => e.node) ?? [];
  return (
    <Card
      title={<h2 style={{ fontSize: 18, margin: 0 }}>系统管理</h2>}
      extra={data ? `${data.contactPoints.totalCount} 个联系点` : null}
    >
      <Typography.Paragraph>
        系统管理员不属于任何立法机关或联系点，负责设立立法机关和联系点、为点长开通账号，并可查看和调整各联系点的组织架构。
        征求意见、汇总和报送由立法机关工作人员和各联系点的人员登录后办理。
      </Typography.Paragraph>
      <Typography.Paragraph type="secondary">
        选择一个联系点，进入其“组织”页：查看 1+1+X
        组成，为点长等人员开通账号、修改或停用。设立和修改立法机关、联系点， 在菜单的“系统管理”中办理。
      </Typography.Paragraph>
      <Space wrap style={{ marginBottom: 8 }}>
        <LinkButton to="/admin/contact-points">管理联系点</LinkButton>
        <LinkButton to="/admin/legislatures">管理立法机关</LinkButton>
      </Space>
      {error && !data && <Alert type="error" showIcon title={errorMessage(error)} />}
      {loading && !data ? (
        <Skeleton active />
      ) : (
        <List
          locale={{ emptyText: '尚未设立联系点' }}
          dataSource={points}
          renderItem={(p) => {
            const head = p.executingBody.pointHead;
            return (
              <List.Item>
                <List.Item.Meta
                  title={
                    <Link to={`/organization?point=${p.id}`} aria-label={`${p.name}的组织`}>
                      {p.name}
                    </Link>
                  }
                  description={
                    <Space wrap size={[8, 4]}>
                      <span>{p.legislature.name}</span>
                      {!p.active && <Tag>已停用</Tag>}
                      {head ? (
                        <span>
                          点长 {head.name}
                          {head.accountId ? '' : '（未开通账号）'}
                        </span>
                      ) : (
                        <Tag color="orange">尚无点长</Tag>
                      )}
                    </Space>
                  }
                />
              </List.Item>
            );
          }}
        />
      )}
    </Card>
  );
}
