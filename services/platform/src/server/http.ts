import type { IncomingMessage, ServerResponse } from 'node:http';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import { metricsRegistry, httpRequestDuration } from './metrics';

export class PayloadTooLargeError extends Error {}

/** Reads a request body up to a limit. */
export async function readBody(req: IncomingMessage, limitBytes: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limitBytes) throw new PayloadTooLargeError('request body too large');
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
  });
  res.end(text);
}

/** A GraphQL-over-HTTP error response with a coded error. */
export function sendGraphQLError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}

/**
 * `/metrics?gc=1` first collects garbage when the process runs with --expose-gc (only the soak
 * starts it so), so that its heap figures show what stays alive rather than what awaits a GC.
 */
export async function sendMetrics(res: ServerResponse): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc && /[?&]gc=1(&|$)/.test(res.req?.url ?? '')) gc();
  const text = await metricsRegistry.metrics();
  res.writeHead(200, { 'content-type': metricsRegistry.contentType });
  res.end(text);
}

/** Hands a request to Apollo Server (what the framework integrations do, without one). */
export async function executeGraphQL<C extends BaseContext>(
  server: ApolloServer<C>,
  req: IncomingMessage,
  res: ServerResponse,
  context: () => Promise<C>,
  options: {
    bodyLimitBytes: number;
    /** Read after execution: headers that resolvers asked for (Set-Cookie). */
    extraHeaders?: () => Record<string, string[]>;
  },
): Promise<void> {
  const headers = new HeaderMap();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
  }
  let body: unknown = undefined;
  if (req.method === 'POST') {
    const text = await readBody(req, options.bodyLimitBytes);
    const type = headers.get('content-type') ?? '';
    if (type.includes('application/json')) {
      try {
        body = text.length ? JSON.parse(text) : undefined;
      } catch {
        sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request body is not valid JSON.');
        return;
      }
    } else {
      body = text;
    }
  }
  const url = new URL(req.url ?? '/', 'http://localhost');
  const result = await server.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
    context,
  });
  for (const [key, value] of result.headers) res.setHeader(key, value);
  for (const [key, values] of Object.entries(options.extraHeaders?.() ?? {})) {
    if (values.length > 0) res.appendHeader(key, values);
  }
  res.statusCode = result.status ?? 200;
  if (result.body.kind === 'complete') {
    res.end(result.body.string);
    return;
  }
  for await (const chunk of result.body.asyncIterator) res.write(chunk);
  res.end();
}

/** Records duration per route; returns the function to call when the response is done. */
export function timeRequest(route: string, res: ServerResponse): void {
  const end = httpRequestDuration.startTimer({ route });
  res.once('finish', () => end({ status: String(res.statusCode) }));
}
