import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DataSourceOptions, MixedList, EntitySchema } from 'typeorm';
import { parseDatabaseUrl } from './database-url.js';
import { MIGRATIONS } from './migrations/index.js';
import { SnakeNamingStrategy } from './snake-naming.strategy.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type EntityList = MixedList<Function | string | EntitySchema>;

export interface DataSourceSettings {
  url: string;
  entities: EntityList;
  /** Log every SQL statement (debugging). */
  logging?: boolean;
}

/**
 * TypeORM options for the configured database. Never `synchronize`: the schema comes from migrations only, run on
 * start and by `npm run cli -- migrate`.
 */
export function dataSourceOptions(settings: DataSourceSettings): DataSourceOptions {
  const target = parseDatabaseUrl(settings.url);
  const common = {
    entities: settings.entities,
    migrations: MIGRATIONS,
    migrationsTransactionMode: 'each' as const,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: settings.logging ?? false,
  };
  if (target.kind === 'sqlite') {
    if (target.path !== ':memory:') mkdirSync(dirname(target.path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: target.path,
      enableWAL: target.path !== ':memory:',
      timeout: 5000,
      // A receipt promises the opinion is stored: with WAL's default (NORMAL) a commit is not fsynced until the next
      // checkpoint, so a power cut could lose acknowledged writes. FULL fsyncs the WAL at every commit.
      prepareDatabase: (db: { pragma(source: string): unknown }) => {
        db.pragma('synchronous = FULL');
      },
    };
  }
  return {
    ...common,
    type: target.flavour,
    host: target.host,
    port: target.port,
    username: target.username,
    password: target.password,
    database: target.database,
    charset: 'utf8mb4_unicode_ci',
    timezone: 'Z',
    extra: { connectionLimit: 10 },
  };
}
