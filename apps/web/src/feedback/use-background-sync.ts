import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { syncQueue } from './offline-queue';

/**
 * While signed in: send the device's opinions at start, whenever the network returns, and every minute. Not while
 * `enabled` is false (the password must be changed first: the API would refuse them).
 */
export function useBackgroundSync(enabled = true): void {
  const client = useApolloClient();
  useEffect(() => {
    if (!enabled) return;
    const run = () => {
      if (navigator.onLine) void syncQueue(client);
    };
    run();
    window.addEventListener('online', run);
    const timer = setInterval(run, 60_000);
    return () => {
      window.removeEventListener('online', run);
      clearInterval(timer);
    };
  }, [client, enabled]);
}
