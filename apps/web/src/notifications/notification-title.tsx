// A notification's title in a list (首页's 通知 and the inbox): a link to the page where what it announces is seen
// (notification-link.ts), and opening it marks it read — before, only 标为已读 did, so what had been read stayed 未读.
import { useApolloClient, useMutation } from '@apollo/client/react';
import { Badge } from 'antd';
import { Link } from 'react-router';
import {
  MarkNotificationsReadDocument,
  UnreadNotificationCountDocument,
} from '../consultation/consultation.operations';
import { isExecutiveBody, isLegislatureStaff, isUnitAdmin } from '../identity/roles';
import { useSession } from '../identity/use-session';
import { notificationLink } from './notification-link';

interface Shown {
  id: string;
  title: string;
  kind: string;
  taskId?: string | null;
  readAt?: unknown;
}

export function NotificationTitle({ n }: { n: Shown }) {
  const { session } = useSession();
  const client = useApolloClient();
  const [markRead] = useMutation(MarkNotificationsReadDocument);
  const to = notificationLink(n.kind, n.taskId, {
    executive: isExecutiveBody(session),
    unitAdmin: isUnitAdmin(session),
    legislature: isLegislatureStaff(session),
  });
  const open = () => {
    if (n.readAt) return;
    markRead({ variables: { input: { ids: [n.id] } } })
      .then(({ data }) => {
        // The badge in the frame reads this count; the list's 未读 follows the notification's own readAt.
        if (data)
          client.cache.writeQuery({
            query: UnreadNotificationCountDocument,
            data: { unreadNotificationCount: data.markNotificationsRead.unreadCount },
          });
      })
      .catch(() => {
        // Not read after all: it stays 未读 and 标为已读 remains; the page it opens does not depend on this.
      });
  };
  return (
    <span className="notice-title">
      {/* The mark keeps to one line; the title wraps beside it (on a phone 未读 broke into 未 / 读). */}
      {!n.readAt && <Badge status="processing" text="未读" className="notice-unread" />}
      <span>
        {to ? (
          <Link to={to} onClick={open}>
            {n.title}
          </Link>
        ) : (
          n.title
        )}
      </span>
    </span>
  );
}
