import { pino, type Logger } from 'pino';

export type { Logger };

/** The runtime's structured logger: one JSON line per meaningful event. `REPRISE_LOG_LEVEL` sets the level. */
export function createLogger(name: string, level = process.env.REPRISE_LOG_LEVEL ?? 'info'): Logger {
  return pino({ name, level });
}
