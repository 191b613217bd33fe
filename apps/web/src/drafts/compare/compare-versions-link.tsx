// A link to 稿次对照 for wherever a draft version is shown (the task's draft reader): the version against the one
// before it. Only the legislature's staff may compare versions (compareDraftVersions needs draft:manage), so others
// see nothing.
import { DiffOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useNavigate } from 'react-router';
import { hasRole } from '../../identity/session';
import { useSession } from '../../identity/use-session';

export function CompareVersionsLink({ draftId, versionId }: { draftId: string; versionId?: string }) {
  const { session } = useSession();
  const navigate = useNavigate();
  if (!hasRole(session, 'LEGISLATURE_STAFF') && !hasRole(session, 'SYSTEM_ADMIN')) return null;
  const query = versionId ? `?to=${encodeURIComponent(versionId)}` : '';
  return (
    <Button
      icon={<DiffOutlined />}
      onClick={() => void navigate(`/drafts/${encodeURIComponent(draftId)}/compare${query}`)}
    >
      稿次对照
    </Button>
  );
}
