// What every AniGraph process does around its servers: read the configuration (a bad one stops the
// start with a message naming each variable), exit when its data cannot load, reload on SIGHUP and
// close everything it holds on SIGINT/SIGTERM.
import { ConfigError, loadConfig, type Config } from './config.js';
import { createLogger, type Logger } from './logger.js';

export interface RunningProcess {
  /** Settles once the data serves; a rejection ends the process. */
  ready: Promise<void>;
  /** Re-reads the data; on failure the old data keeps serving (the failure is logged where it happens). */
  reload(): Promise<void>;
  close(): Promise<void>;
}

/** The configuration of process.env; a bad one ends the process with a message naming each variable. */
export function loadConfigOrExit(): Config {
  process.env.APOLLO_TELEMETRY_DISABLED ??= '1';
  try {
    return loadConfig();
  } catch (error) {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(1);
  }
}

export async function runProcess(start: (config: Config, log: Logger) => Promise<RunningProcess>, context: object = {}): Promise<void> {
  const config = loadConfigOrExit();
  const log = createLogger(config.LOG_LEVEL).child(context);
  const running = await start(config, log).catch((error: Error) => {
    log.fatal({ err: error }, `cannot start: ${error.message}`);
    process.exit(1);
  });
  running.ready.then(
    () => log.info('ready'),
    (error: Error) => {
      log.fatal({ err: error }, `cannot serve: ${error.message}`);
      process.exit(1);
    },
  );
  process.on('SIGHUP', () => {
    log.info('SIGHUP: reloading data');
    running.reload().catch(() => undefined);
  });
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log.info({ signal }, 'shutting down');
      running.close().then(
        () => process.exit(0),
        (error: Error) => {
          log.error({ err: error }, 'shutdown failed');
          process.exit(1);
        },
      );
    });
  }
}
