// Opinions written on this device wait here until they are sent (filled in by the offline step).
type Listener = () => void;
const listeners = new Set<Listener>();

export function subscribeQueue(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function countPending(): Promise<number> {
  return Promise.resolve(0);
}
