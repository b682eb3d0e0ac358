// OpenTelemetry tracing, loaded before anything else (`node --require .../tracing.js`, which
// `npm start` adds only when OTEL_EXPORTER_OTLP_ENDPOINT is set): the gateway's request, its
// calls to subgraphs (W3C traceparent on the signed calls, through undici), each subgraph's
// request, GraphQL execution and every SQL statement, exported over OTLP/HTTP. The service name
// comes from OTEL_SERVICE_NAME; batching from the SDK's OTEL_BSP_* variables.
import type { IncomingMessage } from 'node:http';
import { NodeSDK } from '@opentelemetry/sdk-node';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { environment } from './environment';

/** Probes and scrapes are not requests anyone wants to trace. */
const PROBE = /^\/(health|ready|metrics)(\/|\?|$)/;

let sdk: NodeSDK | undefined;

/** Starts tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise does nothing. */
export function startTracing(): boolean {
  if (sdk || !environment().OTEL_EXPORTER_OTLP_ENDPOINT) return false;
  sdk = new NodeSDK({
    traceExporter: new OTLPTraceExporter(),
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req: IncomingMessage) => PROBE.test(req.url ?? ''),
        // Outgoing calls go through undici (its own instrumentation below).
        ignoreOutgoingRequestHook: () => true,
      }),
      new UndiciInstrumentation({
        ignoreRequestHook: (request) => PROBE.test(request.path),
      }),
      // Statements of a request only: the event relays poll all the time.
      new PgInstrumentation({ requireParentSpan: true }),
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, ignoreResolveSpans: true }),
    ],
  });
  sdk.start();
  const stop = () => void sdk?.shutdown().catch(() => undefined);
  process.once('beforeExit', stop);
  return true;
}

startTracing();
