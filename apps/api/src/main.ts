import { loadSettings, SettingsError } from './settings.js';
import { createApp } from './bootstrap.js';
import { createLogger } from './logger.js';
import { DatabaseConnectionError, redactDatabaseUrl } from '@app/database';
import { ServerState, SHUTDOWN_TIMEOUT_MS } from './server-state.js';
import { RedisConnectionError } from './redis.module.js';

async function main(): Promise<void> {
  const started = Date.now();
  let settings;
  try {
    settings = loadSettings(process.env);
  } catch (error) {
    if (error instanceof SettingsError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
  const logger = createLogger(settings.logLevel);
  const app = await createApp(settings, logger);
  // A worker (npm run start:worker) only runs jobs: it opens no port; the API instances serve the requests.
  if (settings.role === 'worker') await app.init();
  else await app.listen({ port: settings.port, host: settings.host });

  // Bounded shutdown: readiness turns 503 at once, running requests finish, late ones get our error shape; if the
  // database hangs, the process still exits after SHUTDOWN_TIMEOUT_MS.
  const state = app.get(ServerState);
  const shutdown = (signal: NodeJS.Signals) => {
    if (state.draining) return;
    state.draining = true;
    const began = Date.now();
    logger.info({ signal, timeoutMs: SHUTDOWN_TIMEOUT_MS }, '正在停止服务 (shutdown started)');
    const timer = setTimeout(() => {
      logger.warn(
        { signal, ms: Date.now() - began },
        '停止超时，强制退出：数据库或请求未在时限内结束 (shutdown timed out, exiting)',
      );
      process.exit(1);
    }, SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    app.close().then(
      () => {
        logger.info({ signal, ms: Date.now() - began }, '服务已停止 (shutdown finished)');
        process.exitCode = 0;
        clearTimeout(timer);
        // Nothing should be left running; if a stray handle is, do not let it keep a stopped server alive.
        setTimeout(() => process.exit(0), 500).unref();
      },
      (error: unknown) => {
        logger.error({ err: error, signal }, '停止时出错 (shutdown failed)');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);

  if (settings.role === 'worker') {
    logger.info(
      { database: redactDatabaseUrl(settings.databaseUrl), startupMs: Date.now() - started },
      'Minyi 后台任务进程已启动，不接受请求 (Minyi worker running jobs; no HTTP port)',
    );
    return;
  }
  const url = `http://${settings.host === '0.0.0.0' ? 'localhost' : settings.host}:${settings.port}/graphql`;
  logger.info(
    { database: redactDatabaseUrl(settings.databaseUrl), startupMs: Date.now() - started },
    settings.production ? `Minyi API listening on ${url}` : `Minyi API ready — GraphiQL: ${url}`,
  );
  if (!settings.production)
    console.log(
      `\n  民意 Minyi API ready. GraphiQL: ${url}\n  Demo accounts: admin, legislature, head, deputy, liaison, expert, collector, unit — password: demo-password\n`,
    );
}

main().catch((error: unknown) => {
  if (error instanceof DatabaseConnectionError || error instanceof RedisConnectionError)
    console.error(`启动失败 (startup failed): ${error.message}`);
  else console.error('启动失败 (startup failed):', error);
  process.exit(1);
});
