import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { dataSourceOptions, type EntityList } from './data-source-options.js';
import { serializeTransactions } from './serialize-transactions.js';

@Module({})
export class DatabaseModule {
  /** The application's one connection; migrations run before the first request is served. */
  static forRoot(options: { url: string; entities: EntityList; runMigrations: boolean }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRootAsync({
          useFactory: () => ({
            ...dataSourceOptions({ url: options.url, entities: options.entities }),
            migrationsRun: options.runMigrations,
          }),
          dataSourceFactory: async (dataSourceOptions) =>
            serializeTransactions(await new DataSource(dataSourceOptions!).initialize()),
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
