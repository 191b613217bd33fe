import { Module, type DynamicModule } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { AdoptionModule } from '@app/adoption';
import { AuditModule } from '@app/audit';
import { ConsolidationModule } from '@app/consolidation';
import { ConsultationModule } from '@app/consultation';
import { CommonModule, InputValidationPipe } from '@app/common';
import { DatabaseModule } from '@app/database';
import { DemoModule } from '@app/demo';
import { DraftsModule } from '@app/drafts';
import { FeedbackModule } from '@app/feedback';
import { IdentityModule } from '@app/identity';
import { JobsModule } from '@app/jobs';
import { OrganizationModule } from '@app/organization';
import { ENTITIES } from './entities.js';
import { graphqlOptions } from './graphql-options.js';
import { HealthController } from './health.controller.js';
import { OptionsModule } from './options.module.js';
import { RedisModule } from './redis.module.js';
import { ServerState } from './server-state.js';
import type { Settings } from './settings.js';

/** The composition root: settings in, domain modules wired, nothing domain-specific here. */
@Module({})
export class AppModule {
  static forRoot(settings: Settings): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CommonModule,
        DatabaseModule.forRoot({
          url: settings.databaseUrl,
          entities: ENTITIES,
          runMigrations: true,
          queryTimeoutMs: settings.databaseQueryTimeoutMs,
          sqliteSynchronous: settings.sqliteSynchronous,
          sqliteCheckpoint: settings.sqliteCheckpoint,
          writeQueueMaxWaitMs: settings.overload.maxWriteQueueWaitMs,
          replicaUrls: settings.databaseReplicaUrls,
          readAfterWriteMs: settings.replicaReadAfterWriteMs,
          replicaLag: settings.replicaLag,
        }),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(settings) }),
        OptionsModule.forRoot(settings),
        RedisModule.forRoot(settings),
        IdentityModule,
        JobsModule,
        AuditModule,
        OrganizationModule,
        DraftsModule,
        ConsultationModule,
        FeedbackModule,
        ConsolidationModule,
        AdoptionModule,
        DemoModule,
      ],
      controllers: [HealthController],
      providers: [{ provide: APP_PIPE, useValue: new InputValidationPipe() }, ServerState],
    };
  }
}
