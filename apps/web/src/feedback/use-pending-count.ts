import { useEffect, useState } from 'react';
import { countPending, listUnowned, subscribeQueue } from './offline-queue';

/**
 * How many opinions wait on this device to be sent (shown as a badge on 待同步): the signed-in account's, and those
 * saved before writers were recorded and still unsent, which wait there to be claimed or discarded (those version 1
 * had already sent are history, not counted).
 */
export function usePendingCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const refresh = () =>
      void Promise.all([countPending(), listUnowned()]).then(([mine, unowned]) =>
        setCount(mine + unowned.length),
      );
    refresh();
    return subscribeQueue(refresh);
  }, []);
  return count;
}
