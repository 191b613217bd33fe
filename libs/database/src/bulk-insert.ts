import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Placeholders per multi-row statement: under SQLite's limit (32,766) and MySQL/MariaDB's (65,535) with room to spare,
 * and a statement of a few hundred KiB, well under MariaDB's max_allowed_packet (16 MiB by default).
 */
export const BULK_INSERT_MAX_PARAMS = 16_000;

/**
 * Ids per `IN (…)` list of a set-based statement over many rows (publishing 100,000 decisions): larger than the
 * IN_LIST_CHUNK of ordinary lookups, so that such a change is tens of statements, still far under both engines' limits.
 */
export const BULK_IN_LIST_CHUNK = 5_000;

/**
 * Rows of one entity written as multi-row `INSERT … VALUES (…), (…)` statements, each under BULK_INSERT_MAX_PARAMS
 * placeholders, inside the caller's transaction. The values go through the driver exactly as `em.insert` sends them
 * (dates, transformers), but without TypeORM's per-row query building, which costs more than the database does on a
 * 10,000-row import. Every row must set the same columns (an unset one takes neither a value nor its default).
 */
export async function bulkInsert<T extends ObjectLiteral>(
  em: EntityManager,
  target: EntityTarget<T>,
  rows: readonly T[],
  maxParams = BULK_INSERT_MAX_PARAMS,
): Promise<void> {
  if (!rows.length) return;
  const metadata = em.connection.getMetadata(target);
  const driver = em.connection.driver;
  const columns = metadata.columns.filter(
    (c) => c.isInsert && !c.isVirtual && c.getEntityValue(rows[0]) !== undefined,
  );
  const perStatement = Math.max(1, Math.floor(maxParams / columns.length));
  const names = columns.map((c) => driver.escape(c.databaseName)).join(', ');
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const table = driver.escape(metadata.tableName);
  // Pipelined: the next statement's values are prepared while the database executes the previous one (on
  // MySQL/MariaDB, where the driver waits on the server; better-sqlite3 runs each statement synchronously anyway).
  // Only one statement is ever in flight, and each is awaited before the next is sent, so a failure stops the rest.
  let inFlight: Promise<unknown> | undefined;
  for (let start = 0; start < rows.length; start += perStatement) {
    const part = rows.slice(start, start + perStatement);
    const params: unknown[] = [];
    for (const row of part) {
      for (const column of columns) {
        const value: unknown = column.getEntityValue(row);
        if (value === undefined) {
          await inFlight;
          throw new Error(`bulkInsert ${metadata.tableName}: every row must set ${column.propertyName}`);
        }
        params.push(driver.preparePersistentValue(value, column));
      }
    }
    await inFlight;
    inFlight = em.query(`INSERT INTO ${table} (${names}) VALUES ${part.map(() => tuple).join(', ')}`, params);
  }
  await inFlight;
}
