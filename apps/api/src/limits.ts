/**
 * Request bodies above this are refused with 413. Draft files travel base64-encoded in GraphQL variables (10 MiB of
 * file is 13.4 MiB of base64), hence 16 MiB — for signed-in callers only (ANONYMOUS_BODY_LIMIT_BYTES).
 */
export const BODY_LIMIT_BYTES = 16 * 1024 * 1024;

/** A caller without a bearer token can only sign in: 64 KiB is far more than any login needs. */
export const ANONYMOUS_BODY_LIMIT_BYTES = 64 * 1024;

/** Arrays and objects nested deeper than this in a JSON body are refused before parsing (no input needs > 10). */
export const MAX_JSON_DEPTH = 64;

/** Selections sharing one response name in one selection set (graphql-js compares every pair of them). */
export const MAX_REPEATED_FIELD = 10;

/** A caller's X-Request-Id is kept only when it is a short safe token; otherwise the server makes one. */
export const REQUEST_ID_PATTERN = /^[A-Za-z0-9._:-]{1,64}$/;

/**
 * GraphQL answers at least this large are sent gzipped to a client that accepts it (response-compression.ts). Below
 * it the few bytes saved are not worth the time; the public 网上征集 page's first answer (its article list and a page
 * of provisions) is above it as soon as a draft has a few dozen articles, and JSON of Chinese text shrinks 3–8×.
 */
export const COMPRESS_MIN_BYTES = 8 * 1024;
