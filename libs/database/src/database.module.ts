import { Module, type DynamicModule } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { dataSourceOptions, type EntityList } from './data-source-options.js';

@Module({})
export class DatabaseModule {
  /** The application's one connection; migrations run before the first request is served. */
  static forRoot(options: { url: string; entities: EntityList; runMigrations: boolean }): DynamicModule {
    return {
      module: DatabaseModule,
      imports: [
        TypeOrmModule.forRoot({
          ...dataSourceOptions({ url: options.url, entities: options.entities }),
          migrationsRun: options.runMigrations,
        }),
      ],
      exports: [TypeOrmModule],
    };
  }
}
