import { Controller, Get, HttpCode, HttpException, HttpStatus } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Public } from '@app/identity';
import { READINESS_TIMEOUT_MS, ServerState } from './server-state.js';

/** Liveness (the process answers) and readiness (the database answers), for a load balancer or orchestrator. */
@Public()
@Controller('health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly state: ServerState,
  ) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: string } {
    return { status: 'ok' };
  }

  /** 503 while closing, or when the database does not answer within READINESS_TIMEOUT_MS (a hung database too). */
  @Get('ready')
  async ready(): Promise<{ status: string; database: string }> {
    if (this.state.draining)
      throw new HttpException({ status: 'draining', database: 'unknown' }, HttpStatus.SERVICE_UNAVAILABLE);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), READINESS_TIMEOUT_MS);
    });
    try {
      const answer = await Promise.race([this.db.query('SELECT 1').then(() => 'up' as const), timeout]);
      if (answer === 'timeout')
        throw new HttpException({ status: 'error', database: 'timeout' }, HttpStatus.SERVICE_UNAVAILABLE);
      return { status: 'ok', database: 'up' };
    } catch (error) {
      if (error instanceof HttpException) throw error;
      throw new HttpException({ status: 'error', database: 'down' }, HttpStatus.SERVICE_UNAVAILABLE);
    } finally {
      clearTimeout(timer);
    }
  }
}
