import { Global, Module } from '@nestjs/common';
import { Clock } from './clock.js';

/** Providers every module may inject: the clock (one instance, so a test can set the time for all). */
@Global()
@Module({ providers: [Clock], exports: [Clock] })
export class CommonModule {}
