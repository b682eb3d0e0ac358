// OpenTelemetry tracing, loaded before anything else (`node --require .../tracing.js`, which
// `npm start` adds only when OTEL_EXPORTER_OTLP_ENDPOINT is set): the gateway's request, its
// calls to subgraphs (W3C traceparent on the signed calls, through undici), each subgraph's
// request, GraphQL execution and every SQL statement, exported over OTLP/HTTP. The service name
// comes from OTEL_SERVICE_NAME; batching from the SDK's OTEL_BSP_* variables.
import type { IncomingMessage } from 'node:http';
import { registerInstrumentations } from '@opentelemetry/instrumentation';
import { BatchSpanProcessor, NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { HttpInstrumentation } from '@opentelemetry/instrumentation-http';
import { UndiciInstrumentation } from '@opentelemetry/instrumentation-undici';
import { PgInstrumentation } from '@opentelemetry/instrumentation-pg';
import { GraphQLInstrumentation } from '@opentelemetry/instrumentation-graphql';
import { environment } from './environment';

/** Probes and scrapes are not requests anyone wants to trace. */
const PROBE = /^\/(health|ready|metrics)(\/|\?|$)/;

let provider: NodeTracerProvider | undefined;

/**
 * Starts tracing when OTEL_EXPORTER_OTLP_ENDPOINT is set; otherwise does nothing. The SDK's
 * tracer provider with the W3C propagator (its default), not @opentelemetry/sdk-node: that
 * wrapper loads every exporter it could use (gRPC, protobuf, Zipkin, Prometheus, logs, metrics)
 * and took 4 times as long to load, which every process start and restart pays.
 */
export function startTracing(): boolean {
  const env = environment();
  if (provider || !env.OTEL_EXPORTER_OTLP_ENDPOINT) return false;
  provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? process.title }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  registerInstrumentations({
    tracerProvider: provider,
    instrumentations: [
      new HttpInstrumentation({
        ignoreIncomingRequestHook: (req: IncomingMessage) => PROBE.test(req.url ?? ''),
        // Outgoing calls go through undici (its own instrumentation below).
        ignoreOutgoingRequestHook: () => true,
      }),
      new UndiciInstrumentation({ ignoreRequestHook: (request) => PROBE.test(request.path) }),
      // Statements of a request only: the event relays poll all the time.
      new PgInstrumentation({ requireParentSpan: true }),
      new GraphQLInstrumentation({ ignoreTrivialResolveSpans: true, ignoreResolveSpans: true }),
    ],
  });
  // Spans still batched go out before a process that stops on a signal exits.
  const flush = () => void provider?.forceFlush().catch(() => undefined);
  process.once('SIGTERM', flush);
  process.once('SIGINT', flush);
  return true;
}

startTracing();
