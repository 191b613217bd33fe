import type { FastifyInstance } from 'fastify';

/**
 * Browser security headers on every response. Without them any site could frame the workbench and trick a head into
 * 审核通过 or 报送 (clickjacking), a download could be sniffed into a page, and an injected script would run unchecked
 * next to the session kept in localStorage.
 *
 * - The web app's pages get a Content-Security-Policy that lets only this origin's own files run: no inline script,
 *   no eval, no other host, no framing. Styles may be inline because Ant Design writes its CSS-in-JS as <style>
 *   elements and style attributes at run time; images and fonts may be data: URLs (icons, antd's empty states).
 * - Everything else (JSON, files, errors) gets a policy that allows nothing: it is never meant to render as a page.
 * - GraphiQL (only outside production) keeps a looser page policy of its own: it is a developer's tool.
 * - A reply to a request that came over HTTPS (directly, or through a proxy named in TRUST_PROXY that says so in
 *   X-Forwarded-Proto) tells the browser to use HTTPS only for this host from then on (Strict-Transport-Security,
 *   HSTS_MAX_AGE_SECONDS), so that a later visit typed as http:// on a café's network cannot be downgraded and the
 *   session read. Not for subdomains: the deployer's domain may host other services. Never over plain HTTP, where a
 *   browser ignores it and a development server must stay reachable.
 */
const WEB_APP_DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"],
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['worker-src', "'self'"],
  ['manifest-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
  ['frame-ancestors', "'none'"],
];
const policy = (directives: ReadonlyArray<readonly [string, string]>) =>
  directives.map(([name, value]) => `${name} ${value}`).join('; ');

export const WEB_APP_CSP = policy(WEB_APP_DIRECTIVES);

/** For what is not a page of the app: nothing may load, nothing may frame it. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'; sandbox";

/** GraphiQL's page (development only): the app's policy, but its editor needs workers from blob: URLs. */
export const GRAPHIQL_CSP = policy(
  WEB_APP_DIRECTIVES.map(([name, value]) => [name, name === 'worker-src' ? "'self' blob:" : value] as const),
);

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  // Signed download links carry their signature in the query: never hand a URL to another site.
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
};

/** A year: browsers keep using HTTPS for the host this long after the last HTTPS reply. */
export const HSTS_MAX_AGE_SECONDS = 365 * 24 * 3600;

/** Adds the headers on every reply; a route that set its own Content-Security-Policy keeps it. */
export function installSecurityHeaders(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) void reply.header(name, value);
    if (request.protocol === 'https')
      void reply.header('strict-transport-security', `max-age=${HSTS_MAX_AGE_SECONDS}`);
    if (!reply.hasHeader('content-security-policy')) {
      const type = String(reply.getHeader('content-type') ?? '');
      void reply.header('content-security-policy', type.startsWith('text/html') ? WEB_APP_CSP : API_CSP);
    }
  });
}
