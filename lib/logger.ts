import { pino, type DestinationStream, type Logger } from 'pino';
import { currentCorrelationId } from './correlation.js';

export type { Logger };

/** JSON logs on stdout; every line made while serving a request carries its correlationId. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? 'info', destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'anigraph' },
    timestamp: pino.stdTimeFunctions.isoTime,
    mixin() {
      const correlationId = currentCorrelationId();
      return correlationId ? { correlationId } : {};
    },
  };
  return destination ? pino(options, destination) : pino(options);
}
