import { promisify } from 'node:util';
import { constants, gzip } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { COMPRESS_MIN_BYTES } from './limits.js';

const gzipAsync = promisify(gzip);

/** Whether an Accept-Encoding header takes gzip (and does not refuse it with q=0). */
export function acceptsGzip(header: string | string[] | undefined): boolean {
  const value = Array.isArray(header) ? header.join(',') : (header ?? '');
  return value.split(',').some((part) => {
    const [coding, ...params] = part.trim().toLowerCase().split(';');
    if (coding.trim() !== 'gzip' && coding.trim() !== '*') return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return !q || Number(q.slice(2)) > 0;
  });
}

/**
 * Gzips /graphql answers of COMPRESS_MIN_BYTES or more for a client that accepts gzip (every browser does). The public
 * 网上征集 page is read on phones over mobile data, and its article list grows with the draft: JSON of Chinese legal
 * text shrinks several times. The work runs on libuv's thread pool (zlib's async API), not on the event loop, and
 * answers are bounded (the public page is paged), so one answer costs a few milliseconds of a pool thread.
 *
 * Own hook rather than @fastify/compress: that package is not among the project's dependencies, and this is the one
 * route that needs it (the web app's files are gzipped once at start, web-app.ts). The answers compressed are
 * GraphQL JSON only: sign-in answers that carry tokens are far below the threshold, so no secret travels compressed
 * beside text an attacker chose (BREACH).
 */
export function installResponseCompression(fastify: FastifyInstance): void {
  fastify.addHook('onSend', async (request, reply, payload) => {
    if (request.url.split('?')[0] !== '/graphql') return payload;
    void reply.header('vary', 'accept-encoding');
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return payload;
    if (reply.hasHeader('content-encoding') || !acceptsGzip(request.headers['accept-encoding']))
      return payload;
    const body = typeof payload === 'string' ? Buffer.from(payload, 'utf8') : payload;
    if (body.length < COMPRESS_MIN_BYTES) return payload;
    const zipped = await gzipAsync(body, { level: constants.Z_DEFAULT_COMPRESSION });
    void reply.header('content-encoding', 'gzip').header('content-length', zipped.length);
    return zipped;
  });
}
