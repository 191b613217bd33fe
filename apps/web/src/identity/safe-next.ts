/** Where an unsafe or missing `next` leads after signing in. */
const HOME = '/';

/**
 * The page to return to after signing in (`/signin?next=…`): only a path inside this app, never another site. Read as
 * a browser would read the link — `//host`, `/\host` (browsers take a backslash as a slash), a scheme, or a tab or line
 * break hidden inside (browsers drop those) all leave the app — and kept only when it resolves to this origin; then
 * its path, query and hash, so nothing but a path reaches the router (which throws on an external address).
 */
export function safeNext(next: string | null, origin: string): string {
  if (!next || !next.startsWith('/') || next.startsWith('//')) return HOME;
  // eslint-disable-next-line no-control-regex -- control characters are what is refused here
  if (/[\\\u0000-\u001f\u007f]/.test(next)) return HOME;
  let url: URL;
  try {
    url = new URL(next, origin);
  } catch {
    return HOME;
  }
  if (url.origin !== new URL(origin).origin) return HOME;
  return `${url.pathname}${url.search}${url.hash}`;
}
