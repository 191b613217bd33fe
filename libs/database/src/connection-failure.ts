import { redactDatabaseUrl } from './database-url.js';

/**
 * Startup failures that waiting cannot heal (wrong password, unknown database, a SQLite file that cannot be opened) are
 * reported at once; only what may heal (the server not up yet, a timeout, a dropped connection) is retried.
 */
const PERMANENT_CODES: Record<string, { zh: string; en: string }> = {
  ER_ACCESS_DENIED_ERROR: { zh: '用户名或密码错误', en: 'access denied (user or password)' },
  ER_DBACCESS_DENIED_ERROR: { zh: '该用户无权访问此数据库', en: 'the user may not access this database' },
  ER_BAD_DB_ERROR: { zh: '数据库不存在', en: 'unknown database' },
  ER_NOT_SUPPORTED_AUTH_MODE: {
    zh: '服务器要求的认证方式不受支持',
    en: 'authentication method not supported',
  },
  HANDSHAKE_NO_SSL_SUPPORT: { zh: '服务器不支持所要求的 SSL', en: 'the server does not support SSL' },
  ENOTFOUND: { zh: '主机名无法解析', en: 'host name not found' },
  SQLITE_CANTOPEN: { zh: '无法打开 SQLite 数据库文件', en: 'unable to open the SQLite database file' },
  SQLITE_NOTADB: { zh: '文件不是 SQLite 数据库', en: 'the file is not an SQLite database' },
  SQLITE_CORRUPT: { zh: 'SQLite 数据库文件已损坏', en: 'the SQLite database file is corrupt' },
  SQLITE_READONLY: { zh: 'SQLite 数据库文件只读', en: 'the SQLite database file is read-only' },
  SQLITE_PERM: { zh: '没有权限访问 SQLite 数据库文件', en: 'no permission for the SQLite database file' },
  EACCES: { zh: '没有权限访问数据库文件或目录', en: 'permission denied on the database file or folder' },
  ENOTDIR: { zh: '数据库路径中有一段不是目录', en: 'a part of the database path is not a folder' },
  EISDIR: { zh: '数据库路径是一个目录', en: 'the database path is a folder' },
};

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** True when retrying the connection cannot help. */
export function isPermanentConnectionError(error: unknown): boolean {
  const code = codeOf(error);
  return code !== undefined && code in PERMANENT_CODES;
}

/** One message, Chinese then English, naming the database (password hidden; the file's path for SQLite) and the cause. */
export function describeConnectionFailure(url: string, error: unknown): string {
  const code = codeOf(error);
  const known = code ? PERMANENT_CODES[code] : undefined;
  const detail = error instanceof Error ? error.message : String(error);
  const where = redactDatabaseUrl(url);
  return known
    ? `无法连接数据库 ${where}：${known.zh}（${code}）。请检查 DATABASE_URL。\n` +
        `Cannot open the database ${where}: ${known.en} (${code}): ${detail}`
    : `无法连接数据库 ${where}：${detail}\nCannot open the database ${where}: ${detail}`;
}

/** Driver codes that mean "the database is not reachable right now", as opposed to a fault in the statement. */
const UNAVAILABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'PROTOCOL_SEQUENCE_TIMEOUT',
  'ER_CON_COUNT_ERROR',
  'ER_SERVER_SHUTDOWN',
  'ER_CLIENT_INTERACTION_TIMEOUT',
  'CR_SERVER_GONE_ERROR',
  'CR_SERVER_LOST',
  'SQLITE_IOERR',
  'SQLITE_FULL',
]);
const UNAVAILABLE_MESSAGES =
  /connection is in closed state|Connection lost|Pool is closed|connect ETIMEDOUT/i;

/** True when the error (or the driver error inside TypeORM's wrapper) says the database cannot be reached for now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    if (current instanceof CommitOutcomeUnknownError) return true;
    const code = codeOf(current);
    if (code && UNAVAILABLE_CODES.has(code)) return true;
    const message = (current as { message?: unknown }).message;
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.test(message)) return true;
    const inner = current as { driverError?: unknown; cause?: unknown };
    current = inner.driverError ?? inner.cause;
  }
  return false;
}

/**
 * The connection failed while COMMIT was in flight: the transaction may or may not have been stored. The client must be
 * told so (and that a retry with the same idempotency key is safe), not that it failed.
 */
export class CommitOutcomeUnknownError extends Error {
  readonly code = 'COMMIT_OUTCOME_UNKNOWN';
  constructor(cause: unknown) {
    super('the connection failed during COMMIT: the outcome is unknown', { cause });
    this.name = 'CommitOutcomeUnknownError';
  }
}

interface CommittingRunner {
  commitTransaction(): Promise<void>;
}

const WRAPPED = Symbol('minyi.commitOutcomeMarked');

/** Marks connection failures during COMMIT as CommitOutcomeUnknownError, for every query runner the source makes. */
export function markUnknownCommitOutcomes<
  T extends { createQueryRunner(...args: never[]): CommittingRunner },
>(db: T): T {
  const create: (...args: never[]) => CommittingRunner = db.createQueryRunner.bind(db);
  db.createQueryRunner = (...args: never[]) => {
    const runner = create(...args) as CommittingRunner & { [WRAPPED]?: true };
    // SQLite's driver hands out the same runner every time: wrap it once, not once per call (which nested the
    // wrappers until the stack overflowed under a few hundred writers).
    if (runner[WRAPPED]) return runner;
    runner[WRAPPED] = true;
    const commit = runner.commitTransaction.bind(runner);
    runner.commitTransaction = async () => {
      try {
        await commit();
      } catch (error) {
        throw isDatabaseUnavailable(error) ? new CommitOutcomeUnknownError(error) : error;
      }
    };
    return runner;
  };
  return db;
}
