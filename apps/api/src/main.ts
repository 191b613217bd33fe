import { loadSettings, SettingsError } from './settings.js';
import { createApp } from './bootstrap.js';
import { createLogger } from './logger.js';
import { redactDatabaseUrl } from '@app/database';

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
  await app.listen({ port: settings.port, host: settings.host });
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
  console.error('启动失败 (startup failed):', error);
  process.exit(1);
});
