import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import {
  describeConnectionFailure,
  isPermanentConnectionError,
  markUnknownCommitOutcomes,
} from './connection-failure.js';
import {
  dataSourceOptions,
  type EntityList,
  type SqliteCheckpoint,
  type SqliteSynchronous,
} from './data-source-options.js';
import { ReadReplicas, routeReads } from './read-replicas.js';
import { retryConflicts } from './retry-conflicts.js';
import { serializeTransactions } from './serialize-transactions.js';

/** Connecting at startup: how often and how far apart a failure that may heal is retried. */
export const CONNECT_RETRY = { attempts: 10, delayMs: 3000 } as const;

/** A failure to open the database at startup, with a message that names the database and the cause. */
export class DatabaseConnectionError extends Error {
  readonly code: string | undefined;
  constructor(message: string, cause: unknown) {
    super(message, { cause });
    this.name = 'DatabaseConnectionError';
    const code = (cause as { code?: unknown } | null)?.code;
    this.code = typeof code === 'string' ? code : undefined;
  }
}

@Module({})
export class DatabaseModule implements OnApplicationShutdown {
  constructor(@Inject(ReadReplicas) private readonly replicas: ReadReplicas) {}

  async onApplicationShutdown(): Promise<void> {
    await this.replicas.stopLagChecks();
  }

  /** The application's one connection; migrations run before the first request is served. */
  static forRoot(options: {
    url: string;
    entities: EntityList;
    runMigrations: boolean;
    queryTimeoutMs?: number;
    sqliteSynchronous?: SqliteSynchronous;
    /** SQLITE_CHECKPOINT: thread (the default) or commit. */
    sqliteCheckpoint?: SqliteCheckpoint;
    /** SQLite: a request's transaction is refused when the write queue's wait would exceed this (0: never). */
    writeQueueMaxWaitMs?: number;
    /** MySQL/MariaDB read replicas (see read-replicas.ts); none by default. */
    replicaUrls?: readonly string[];
    /** REPLICA_READ_AFTER_WRITE_MS. */
    readAfterWriteMs?: number;
    /** REPLICA_MAX_LAG_MS and REPLICA_LAG_CHECK_MS (replica-lag.ts). */
    replicaLag?: { maxLagMs: number; checkMs: number };
  }): DynamicModule {
    const replicas = new ReadReplicas(
      Boolean(options.replicaUrls?.length),
      options.readAfterWriteMs,
      options.replicaLag,
    );
    return {
      module: DatabaseModule,
      global: true,
      providers: [{ provide: ReadReplicas, useValue: replicas }],
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions({
              url: options.url,
              entities: options.entities,
              queryTimeoutMs: options.queryTimeoutMs,
              sqliteSynchronous: options.sqliteSynchronous,
              replicaUrls: options.replicaUrls,
            }),
            migrationsRun: options.runMigrations,
            // About 30 s for a database that is still starting; none for a failure that waiting cannot heal.
            retryAttempts: CONNECT_RETRY.attempts,
            retryDelay: CONNECT_RETRY.delayMs,
            toRetry: (error: unknown) => !isPermanentConnectionError(error),
          }),
          dataSourceFactory: async (dataSourceOptions) => {
            try {
              const db = markUnknownCommitOutcomes(
                serializeTransactions(
                  // MySQL/MariaDB: a deadlock victim, or a Galera transaction that lost certification, runs again.
                  retryConflicts(routeReads(await new DataSource(dataSourceOptions!).initialize(), replicas)),
                  options.writeQueueMaxWaitMs,
                  { checkpointInThread: options.sqliteCheckpoint !== 'commit' },
                ),
              );
              replicas.startLagChecks(options.url, options.replicaUrls ?? []);
              return db;
            } catch (error) {
              throw new DatabaseConnectionError(describeConnectionFailure(options.url, error), error);
            }
          },
        }),
      ],
      exports: [TypeOrmModule, ReadReplicas],
    };
  }
}
