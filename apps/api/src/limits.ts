/**
 * Request bodies above this are refused with 413. Draft files travel base64-encoded in GraphQL variables (10 MiB of
 * file is 13.4 MiB of base64), hence 16 MiB.
 */
export const BODY_LIMIT_BYTES = 16 * 1024 * 1024;
