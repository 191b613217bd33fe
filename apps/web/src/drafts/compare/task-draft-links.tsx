// The draft reader's way to the expert pages: 专家团队批注 for the point's expert team and executing body (annotation:write),
// 稿次对照 for the legislature's staff (compareDraftVersions needs draft:manage). Others see neither.
import { EditOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { graphql } from '../../gql';
import { hasRole } from '../../identity/session';
import { useSession } from '../../identity/use-session';
import { CompareVersionsLink } from './compare-versions-link';

const TaskDraftOfDocument = graphql(`
  query TaskDraftOf($taskId: ID!) {
    consultationTask(id: $taskId) {
      id
      draftVersion {
        id
        draftId
      }
    }
  }
`);

const ANNOTATING_ROLES = ['EXPERT', 'POINT_HEAD', 'DEPUTY_HEAD', 'LIAISON_OFFICER', 'SYSTEM_ADMIN'];

export function TaskDraftLinks({ taskId }: { taskId: string }) {
  const { session } = useSession();
  const navigate = useNavigate();
  const { data } = useQuery(TaskDraftOfDocument, { variables: { taskId } });
  const version = data?.consultationTask?.draftVersion;
  return (
    <>
      {ANNOTATING_ROLES.some((r) => hasRole(session, r)) ? (
        <Button
          icon={<EditOutlined />}
          onClick={() => void navigate(`/tasks/${encodeURIComponent(taskId)}/annotate`)}
        >
          专家团队批注
        </Button>
      ) : null}
      {version ? <CompareVersionsLink draftId={version.draftId} versionId={version.id} /> : null}
    </>
  );
}
