import { Global, Module, type DynamicModule } from '@nestjs/common';
import { ADOPTION_OPTIONS, type AdoptionOptions } from '@app/adoption';
import { CONSULTATION_OPTIONS, type ConsultationOptions } from '@app/consultation';
import { FEEDBACK_OPTIONS, type FeedbackOptions } from '@app/feedback';
import { IDENTITY_OPTIONS, type IdentityOptions } from '@app/identity';
import { JOBS_OPTIONS, type JobsOptions } from '@app/jobs';
import type { Settings } from './settings.js';

/**
 * The one global module: settings values only, under each domain's options token. Services are never global:
 * a module that injects another domain's service imports that domain's module, so its imports say what it uses.
 */
@Global()
@Module({})
export class OptionsModule {
  static forRoot(settings: Settings): DynamicModule {
    const identity: IdentityOptions = {
      tokenSecret: settings.tokenSecret,
      tokenTtlSeconds: settings.tokenTtlSeconds,
      refreshTtlSeconds: settings.refreshTtlSeconds,
      sessionMaxSeconds: settings.sessionMaxSeconds,
      issuer: 'minyi',
    };
    const consultation: ConsultationOptions = { reminderIntervalSeconds: settings.reminderIntervalSeconds };
    const feedback: FeedbackOptions = {
      personalDataKey: settings.personalDataKey,
      opinionWrites: settings.opinionWrites,
      onlineCollection: settings.onlineCollection,
      publicBaseUrl: settings.publicBaseUrl,
      personalDataRetentionDays: settings.personalDataRetentionDays,
      personalDataErasureIntervalSeconds: settings.personalDataErasureIntervalSeconds,
    };
    const adoption: AdoptionOptions = { receiptLookups: settings.receiptLookups };
    const jobs: JobsOptions = {
      runWorker: settings.role !== 'api',
      redis: settings.redis ? { url: settings.redis.url, keyPrefix: settings.redis.keyPrefix } : null,
      concurrency: settings.jobs.concurrency,
      claimMs: settings.jobs.claimMs,
      sessionPurgeIntervalSeconds: settings.jobs.sessionPurgeIntervalSeconds,
    };
    const providers = [
      { provide: JOBS_OPTIONS, useValue: jobs },
      { provide: IDENTITY_OPTIONS, useValue: identity },
      { provide: CONSULTATION_OPTIONS, useValue: consultation },
      { provide: FEEDBACK_OPTIONS, useValue: feedback },
      { provide: ADOPTION_OPTIONS, useValue: adoption },
    ];
    return { module: OptionsModule, global: true, providers, exports: providers.map((p) => p.provide) };
  }
}
