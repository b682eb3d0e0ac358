import pino, { type Logger } from 'pino';
import { environment } from './environment';

export type { Logger };

let root: Logger | undefined;

/** The one logger; a request's child carries its request id from the gateway. */
export function logger(): Logger {
  root ??= pino({
    level: environment().LOG_LEVEL,
    base: { service: process.title },
    redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
  });
  return root;
}

export function serviceLogger(service: string): Logger {
  return logger().child({ service });
}
