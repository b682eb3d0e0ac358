import { AsyncLocalStorage } from 'node:async_hooks';
import { trace } from '@opentelemetry/api';
import pino, { type Logger } from 'pino';
import { environment } from './environment';

export type { Logger };

let root: Logger | undefined;

/** The request being handled: every line logged meanwhile, by any logger, carries its id. */
export const requestScope = new AsyncLocalStorage<{ requestId: string }>();

/** The request id and, when tracing runs, the trace id of what is being handled. */
function requestFields(): Record<string, string> {
  const scope = requestScope.getStore();
  const span = trace.getActiveSpan()?.spanContext();
  if (!scope && !span) return {};
  const fields: Record<string, string> = {};
  if (scope) fields.requestId = scope.requestId;
  if (span) fields.traceId = span.traceId;
  return fields;
}

/** The one logger; a line logged while a request is handled carries its request id. */
export function logger(): Logger {
  root ??= pino({
    level: environment().LOG_LEVEL,
    base: { service: process.title },
    mixin: requestFields,
    redact: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.token'],
  });
  return root;
}

export function serviceLogger(service: string): Logger {
  return logger().child({ service });
}
