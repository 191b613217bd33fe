import { useSyncExternalStore } from 'react';
import { getSession, isSessionExpired, subscribeSession, type Session } from './session';

export function useSession(): { session: Session | null; expired: boolean } {
  const session = useSyncExternalStore(subscribeSession, getSession);
  const expired = useSyncExternalStore(subscribeSession, isSessionExpired);
  return { session, expired };
}
