// The signed-in session, kept in localStorage so a collector who closes the browser during a meeting (or reopens the
// page offline) is still signed in. Only the access token's holder code reads it; it is sent in the Authorization
// header, never in a URL.
import { print } from 'graphql';
import type { LoginMutation, RefreshSessionMutation } from '../gql/graphql';
import { LogoutDocument, RefreshSessionDocument } from './identity.operations';

export type SessionAccount = LoginMutation['login']['account'];

export interface Session {
  accessToken: string;
  expiresAt: string;
  account: SessionAccount;
  /** Swapped for a new access token before this one runs out (refreshSession); it works once, then is replaced. */
  refreshToken?: string;
  refreshExpiresAt?: string;
}

const KEY = 'minyi.session';
/** Refresh this long before the access token runs out, so no request is sent with a token about to expire. */
export const REFRESH_MARGIN_MS = 2 * 60 * 1000;

type Listener = () => void;
const listeners = new Set<Listener>();
let current: Session | null = read();
/** True once a request was refused because the token ran out: the app shows the "session expired" page. */
let expired = false;

function read(): Session | null {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

function emit(): void {
  for (const l of listeners) l();
}

export function getSession(): Session | null {
  return current;
}

export function isSessionExpired(): boolean {
  return expired;
}

export function subscribeSession(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function saveSession(session: Session): void {
  current = session;
  expired = false;
  localStorage.setItem(KEY, JSON.stringify(session));
  emit();
}

export function signOut(): void {
  // Revoke the refresh token on the server too (best effort: signing out on the device must work offline).
  const refreshToken = current?.refreshToken;
  if (refreshToken) postGraphQL(print(LogoutDocument), { input: { refreshToken } }).catch(() => undefined);
  current = null;
  expired = false;
  localStorage.removeItem(KEY);
  emit();
}

/**
 * Called when the API refuses a request with PASSWORD_CHANGE_REQUIRED: someone else set this account's password since
 * the session was saved (or the mark was not known here). The session goes on, marked, so the app shows 修改密码 and
 * nothing else until the password is changed.
 */
export function markPasswordChangeRequired(): void {
  if (!current || current.account.mustChangePassword) return;
  saveSession({ ...current, account: { ...current.account, mustChangePassword: true } });
}

/** Called when the API answers UNAUTHENTICATED for a request carrying our token. */
export function markSessionExpired(): void {
  if (!current) return;
  current = null;
  expired = true;
  localStorage.removeItem(KEY);
  emit();
}

export function hasRole(session: Session | null, role: string): boolean {
  return !!session?.account.roles.some((r) => r.role === role);
}

/** A GraphQL call outside Apollo (the Apollo link itself waits on refreshing, so it cannot be used for it). */
async function postGraphQL(query: string, variables: Record<string, unknown>): Promise<unknown> {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

let refreshing: Promise<Session | null> | null = null;

/**
 * Swaps the refresh token for a new access token and a new refresh token. A refresh token works once: sending a spent
 * one again ends the whole sign-in, so refreshes run one at a time — within the page (one promise) and across tabs (a
 * Web Lock, re-reading the stored session inside it in case another tab has just refreshed). A refused refresh means
 * the sign-in is over (null); a network failure keeps the session for the next try (a collector may be offline).
 */
export function refreshSession(session: Session): Promise<Session | null> {
  if (!session.refreshToken) return Promise.resolve(session);
  refreshing ??= withRefreshLock(async () => {
    const stored = read();
    if (stored && stored.refreshToken !== session.refreshToken) return stored; // another tab refreshed
    let answer: { data?: RefreshSessionMutation | null };
    try {
      answer = (await postGraphQL(print(RefreshSessionDocument), {
        input: { refreshToken: session.refreshToken },
      })) as typeof answer;
    } catch {
      return session;
    }
    const next = answer.data?.refreshSession;
    return next ? { ...session, ...next } : null;
  }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

async function withRefreshLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return work();
  return await locks.request('minyi-session-refresh', work);
}

/** The session to send with a request: refreshed first when its token is within REFRESH_MARGIN_MS of expiring. */
export async function sessionForRequest(now = Date.now()): Promise<Session | null> {
  const session = current;
  if (!session) return null;
  const left = Date.parse(session.expiresAt) - now;
  if (left > REFRESH_MARGIN_MS || !session.refreshToken) return session;
  const next = await refreshSession(session);
  if (!next) {
    markSessionExpired();
    return null;
  }
  if (next !== session) saveSession(next);
  return next;
}
