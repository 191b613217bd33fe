// The signed-in session, kept in localStorage so a collector who closes the browser during a meeting (or reopens the
// page offline) is still signed in. Only the access token's holder code reads it; it is sent in the Authorization
// header, never in a URL.
import type { LoginMutation } from '../gql/graphql';

export type SessionAccount = LoginMutation['login']['account'];

export interface Session {
  accessToken: string;
  expiresAt: string;
  account: SessionAccount;
  /** Filled once the API issues refresh tokens (see refreshSession). */
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
  current = null;
  expired = false;
  localStorage.removeItem(KEY);
  emit();
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

/**
 * Swaps the refresh token for a new access token before the old one runs out. The API does not issue refresh tokens
 * yet (the login payload has no refreshToken, and there is no refreshSession mutation in schema/schema.graphql): until
 * it does this returns the session unchanged. Once it does: call `refreshSession(input: {refreshToken})` here and save
 * the answer; the Apollo link already calls this function before each request whose token is about to expire.
 */
export function refreshSession(session: Session): Promise<Session | null> {
  if (!session.refreshToken) return Promise.resolve(session);
  return Promise.resolve(session);
}

/** The session to send with a request: refreshed first when its token is within REFRESH_MARGIN_MS of expiring. */
export async function sessionForRequest(now = Date.now()): Promise<Session | null> {
  const session = current;
  if (!session) return null;
  const left = Date.parse(session.expiresAt) - now;
  if (left > REFRESH_MARGIN_MS || !session.refreshToken) return session;
  const next = await refreshSession(session);
  if (next && next !== session) saveSession(next);
  return next;
}
