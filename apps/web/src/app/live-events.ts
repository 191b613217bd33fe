// Pushed events from the API (GET /events, server-sent events): a job's progress and the inbox's unread count, so
// pages update without reloading. Read with fetch() rather than EventSource, which cannot send the Authorization
// header; the token never goes in a URL. One stream per page, opened while a signed-in page listens; when it is down
// (refused, offline, the server restarting) pages fall back to polling, and it reconnects by itself.
import { useEffect, useRef, useSyncExternalStore } from 'react';
import { getSession, sessionForRequest, subscribeSession } from '../identity/session';

/** A job's public fields, as job(id) shows them. */
export interface LiveJob {
  id: string;
  kind: string;
  subjectId: string;
  state: 'QUEUED' | 'RUNNING' | 'SUCCEEDED' | 'FAILED';
  progress: number;
  step: string | null;
  summary: string | null;
  error: { code: string; message: string } | null;
}

export type LiveEvent =
  { type: 'ready' } | { type: 'job'; job: LiveJob } | { type: 'notification'; unreadCount: number };

type Listener = (event: LiveEvent) => void;

/** Waits before reconnecting: after the server ended the stream, after a failure (doubling), after a refusal. */
const RECONNECT_MS = { ended: 500, failedFirst: 2000, failedMax: 30_000, refused: 60_000 } as const;

const listeners = new Set<Listener>();
const statusListeners = new Set<() => void>();
let connected = false;
let running: AbortController | null = null;
let timer: ReturnType<typeof setTimeout> | null = null;
let failures = 0;

function setConnected(value: boolean): void {
  if (connected === value) return;
  connected = value;
  for (const l of statusListeners) l();
}

function emit(event: LiveEvent): void {
  for (const l of listeners) l(event);
}

function schedule(ms: number): void {
  if (timer) clearTimeout(timer);
  timer = setTimeout(() => {
    timer = null;
    void connect();
  }, ms);
}

function stop(): void {
  if (timer) clearTimeout(timer);
  timer = null;
  running?.abort();
  running = null;
  setConnected(false);
}

async function connect(): Promise<void> {
  if (running || !listeners.size) return;
  const session = await sessionForRequest();
  if (!session || !listeners.size) return;
  const controller = new AbortController();
  running = controller;
  let wait: number = RECONNECT_MS.ended;
  try {
    const response = await fetch('/events', {
      headers: { authorization: `Bearer ${session.accessToken}`, accept: 'text/event-stream' },
      signal: controller.signal,
      cache: 'no-store',
    });
    if (response.status === 401 || response.status === 403) {
      // The token was refused, or the password must be changed first (403, PASSWORD_CHANGE_REQUIRED): the next GraphQL
      // request will say so (the session-expired page, 修改密码); wait for a new sign-in.
      wait = -1;
      return;
    }
    if (!response.ok || !response.body) {
      wait = RECONNECT_MS.refused; // too many streams here or on the server: polling meanwhile
      return;
    }
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      let cut: number;
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        let name = 'message';
        const data: string[] = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event: ')) name = line.slice(7);
          else if (line.startsWith('data: ')) data.push(line.slice(6));
        }
        if (!data.length) continue;
        const payload = JSON.parse(data.join('\n')) as Record<string, unknown>;
        if (name === 'ready') {
          failures = 0;
          setConnected(true);
          emit({ type: 'ready' });
        } else if (name === 'job') emit({ type: 'job', job: payload as unknown as LiveJob });
        else if (name === 'notification')
          emit({ type: 'notification', unreadCount: Number(payload.unreadCount) });
      }
    }
  } catch {
    if (controller.signal.aborted) return;
    failures += 1;
    wait = Math.min(RECONNECT_MS.failedFirst * 2 ** (failures - 1), RECONNECT_MS.failedMax);
  } finally {
    if (running === controller) {
      running = null;
      setConnected(false);
      if (wait >= 0 && listeners.size && !controller.signal.aborted) schedule(wait);
    }
  }
}

// A new sign-in (or signing out) starts the stream again under the new account.
subscribeSession(() => {
  stop();
  if (getSession() && listeners.size) schedule(0);
});

function listen(listener: Listener): () => void {
  listeners.add(listener);
  if (listeners.size === 1) schedule(0);
  return () => {
    listeners.delete(listener);
    if (!listeners.size) stop();
  };
}

/** Calls `handler` with every pushed event while the component is mounted (the latest handler, without resubscribing). */
export function useLiveEvents(handler: Listener): void {
  const latest = useRef(handler);
  latest.current = handler;
  useEffect(() => listen((event) => latest.current(event)), []);
}

/** Whether the stream is up now: pages poll only as a fallback while it is not. */
export function useLiveConnected(): boolean {
  return useSyncExternalStore(
    (l) => {
      statusListeners.add(l);
      return () => statusListeners.delete(l);
    },
    () => connected,
  );
}
