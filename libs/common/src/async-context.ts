import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Values that follow a call through its awaits (the request's read route, its write-queue admission, the clock's
 * recorded instant), held in ONE AsyncLocalStorage with a slot for each.
 *
 * Why one: on Node 20 every enabled AsyncLocalStorage copies its store onto every promise created anywhere in the
 * process (a promise hook, `_propagate`, then a property of the promise), and a storage stays enabled once it has run.
 * With three of them, each promise paid three times; a submission creates a few hundred promises. In the server's CPU
 * profile under `npm run bench:submit` the hook was ~5% of a submission.
 *
 * A slot's value is set for the duration of a call (`run`) and read anywhere below it (`get`); the other slots keep
 * the values they had outside the call.
 */
const storage = new AsyncLocalStorage<Readonly<Record<symbol, unknown>>>();

export interface ContextSlot<T> {
  /** The value set by the innermost `run` around the current call, if any. */
  get(): T | undefined;
  /** Runs `next` with this slot set to `value` (the other slots as they are). */
  run<R>(value: T, next: () => R): R;
}

/** A named slot of the shared async context (the name is for debugging only: every slot is distinct). */
export function contextSlot<T>(name: string): ContextSlot<T> {
  const key = Symbol(name);
  return {
    get: () => storage.getStore()?.[key] as T | undefined,
    run: (value, next) => storage.run({ ...storage.getStore(), [key]: value }, next),
  };
}
