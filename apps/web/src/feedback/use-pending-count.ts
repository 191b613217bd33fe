import { useEffect, useState } from 'react';
import { countPending, subscribeQueue } from './offline-queue';

/** How many opinions wait on this device to be sent (shown as a badge on 待同步). */
export function usePendingCount(): number {
  const [count, setCount] = useState(0);
  useEffect(() => {
    const refresh = () => void countPending().then(setCount);
    refresh();
    return subscribeQueue(refresh);
  }, []);
  return count;
}
