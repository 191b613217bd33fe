import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { syncQueue } from './offline-queue';

/** While signed in: send the device's opinions at start, whenever the network returns, and every minute. */
export function useBackgroundSync(): void {
  const client = useApolloClient();
  useEffect(() => {
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
  }, [client]);
}
