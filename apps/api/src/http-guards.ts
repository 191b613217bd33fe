import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parse } from 'graphql';
import { findRepeatedField } from '@app/common';
import { QUERY_LIMITS } from './graphql-options.js';
import {
  ANONYMOUS_BODY_LIMIT_BYTES,
  BODY_LIMIT_BYTES,
  MAX_JSON_DEPTH,
  MAX_REPEATED_FIELD,
} from './limits.js';

/**
 * What the repeated-field check found in a query text, remembered for the texts clients send again and again (every
 * web page and script sends the same operations): parsing one costs 25–45 µs of every request's CPU otherwise. Bounded
 * by `REPEATED_FIELD_MEMO` (entries, and only texts up to `maxLength` characters: at most ~8 MB); least recently used
 * first out. Texts that do not parse are not remembered (Apollo reports them in its own words).
 */
export const REPEATED_FIELD_MEMO = { entries: 1_000, maxLength: 8_192 } as const;
type RepeatedField = ReturnType<typeof findRepeatedField>;
const repeatedFields = new Map<string, NonNullable<RepeatedField> | null>();

/** How many texts are remembered (for the bound's test). */
export const rememberedQueryTexts = (): number => repeatedFields.size;

export function repeatedFieldOf(source: string): RepeatedField {
  const known = repeatedFields.get(source);
  if (known !== undefined) {
    repeatedFields.delete(source);
    repeatedFields.set(source, known);
    return known ?? undefined;
  }
  let repeated: RepeatedField;
  try {
    repeated = findRepeatedField(
      parse(source, { maxTokens: QUERY_LIMITS.maxTokens, noLocation: true }),
      MAX_REPEATED_FIELD,
    );
  } catch {
    return undefined; // Apollo reports syntax errors and the token limit in its own words
  }
  if (source.length <= REPEATED_FIELD_MEMO.maxLength) {
    repeatedFields.set(source, repeated ?? null);
    if (repeatedFields.size > REPEATED_FIELD_MEMO.entries)
      repeatedFields.delete(repeatedFields.keys().next().value!);
  }
  return repeated;
}

/** An HTTP refusal before any route runs, in the one error shape (see ApiExceptionFilter). */
export class HttpRefusal extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    readonly reason: string,
    message: string,
  ) {
    super(message);
  }
}

function hasBearer(request: FastifyRequest): boolean {
  return /^Bearer\s+\S/i.test(request.headers.authorization ?? '');
}

function anonymousTooLarge(): HttpRefusal {
  return new HttpRefusal(
    413,
    'BAD_USER_INPUT',
    'PAYLOAD_TOO_LARGE',
    `未登录时请求体不能超过 ${ANONYMOUS_BODY_LIMIT_BYTES / 1024} KiB，请先登录`,
  );
}

/** Deepest nesting of arrays and objects in a JSON text, stopping once past `max`; strings are skipped. */
export function jsonDepthExceeds(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // skip a string, honouring escapes
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) return true;
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return false;
}

/**
 * Guards in front of every route: anonymous bodies stay small (refused from Content-Length before reading, and again
 * after reading for chunked bodies), JSON nesting is bounded before JSON.parse (16 MB of nested arrays took 4.6 s and
 * 2.4 GB), and a GraphQL document whose repeated fields would make validation quadratic is refused before validation.
 */
export function installHttpGuards(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, _reply, done) => {
    const length = Number(request.headers['content-length'] ?? 0);
    done(length > ANONYMOUS_BODY_LIMIT_BYTES && !hasBearer(request) ? anonymousTooLarge() : undefined);
  });

  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser(
    'application/json',
    { parseAs: 'string', bodyLimit: BODY_LIMIT_BYTES },
    (request, body, done) => {
      const text = body as string;
      if (text.length > ANONYMOUS_BODY_LIMIT_BYTES && !hasBearer(request)) return done(anonymousTooLarge());
      if (jsonDepthExceeds(text, MAX_JSON_DEPTH)) {
        return done(
          new HttpRefusal(
            400,
            'BAD_USER_INPUT',
            'JSON_TOO_DEEP',
            `请求体中的数组或对象嵌套超过 ${MAX_JSON_DEPTH} 层`,
          ),
        );
      }
      if (text.trim() === '') return done(null, undefined);
      try {
        done(null, JSON.parse(text));
      } catch {
        done(new HttpRefusal(400, 'BAD_USER_INPUT', 'INVALID_JSON', '请求格式不正确：请求体应为有效的 JSON'));
      }
    },
  );

  fastify.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (!request.url.startsWith('/graphql')) return;
    const source =
      request.method === 'GET'
        ? (request.query as { query?: unknown } | undefined)?.query
        : (request.body as { query?: unknown } | undefined)?.query;
    if (typeof source !== 'string') return;
    const repeated = repeatedFieldOf(source);
    if (repeated) {
      return reply.status(400).send({
        errors: [
          {
            message: `查询中同一字段 ${repeated.name} 在一处重复了 ${repeated.count} 次，上限为 ${MAX_REPEATED_FIELD} 次`,
            extensions: { code: 'BAD_USER_INPUT', reason: 'QUERY_TOO_COMPLEX' },
          },
        ],
      });
    }
  });
}
