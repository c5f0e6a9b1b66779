// `npm start`: the whole graph on embedded defaults.
import { loadConfig, ConfigError } from '../lib/config.js';
import { createLogger } from '../lib/logger.js';
import { startApp } from './app.js';

process.env.APOLLO_TELEMETRY_DISABLED ??= '1';

async function main() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const app = await startApp(config, log);
  app.ready.then(
    () => log.info({ url: app.url }, 'ready'),
    (error: Error) => {
      log.fatal({ err: error }, `cannot serve: ${error.message}`);
      process.exit(1);
    },
  );
  process.on('SIGHUP', () => {
    log.info('SIGHUP: reloading data');
    app.reload().catch(() => undefined); // failures are logged; the old data keeps serving
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'shutting down');
      app.close().finally(() => process.exit(0));
    });
  }
}

main().catch((error: Error) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
