import { request as httpRequest, Agent as HttpAgent, type IncomingMessage } from 'node:http';
import { request as httpsRequest, Agent as HttpsAgent } from 'node:https';
import type { LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { checkedAddresses, type AddressPolicy } from './address-guard';

export interface AttemptOutcome {
  statusCode: number | null;
  durationMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

const EXCERPT_BYTES = 1024;
const DRAIN_BYTES = 64 * 1024;
// Kept-alive connections: a busy endpoint gets its messages over a few reused sockets.
const agents = {
  http: new HttpAgent({ keepAlive: true, maxSockets: 64 }),
  https: new HttpsAgent({ keepAlive: true, maxSockets: 64 }),
};

/**
 * POSTs one message. The host is resolved and every address checked here, and the socket
 * connects to exactly those addresses (a lookup that answers from the checked list), so a
 * name that resolves elsewhere a second time (DNS rebinding) cannot reach a private address.
 * Redirects are not followed: a 3xx is a failed attempt.
 */
export async function postMessage(
  url: string,
  headers: Record<string, string>,
  body: string,
  policy: AddressPolicy,
  timeoutMs: number,
): Promise<AttemptOutcome> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  let target: URL;
  let addresses: LookupAddress[];
  try {
    target = new URL(url);
    addresses = await checkedAddresses(target.hostname, policy);
  } catch (error) {
    return { statusCode: null, durationMs: elapsed(), responseExcerpt: null, error: String(error) };
  }
  const https = target.protocol === 'https:';
  return new Promise((resolve) => {
    const finish = (outcome: Omit<AttemptOutcome, 'durationMs'>) =>
      resolve({ ...outcome, durationMs: elapsed() });
    const req = (https ? httpsRequest : httpRequest)(
      target,
      {
        method: 'POST',
        agent: https ? agents.https : agents.http,
        lookup: answerFrom(addresses),
        headers: {
          ...headers,
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          'user-agent': 'Canon-Self-Service-Webhooks/1',
        },
      },
      (res) =>
        void readExcerpt(res).then(
          (excerpt) =>
            finish({ statusCode: res.statusCode ?? null, responseExcerpt: excerpt, error: null }),
          (error: Error) =>
            finish({
              statusCode: res.statusCode ?? null,
              responseExcerpt: null,
              error: error.message,
            }),
        ),
    );
    const timer = setTimeout(
      () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)),
      timeoutMs,
    );
    req.on('error', (error) =>
      finish({ statusCode: null, responseExcerpt: null, error: error.message }),
    );
    req.on('close', () => clearTimeout(timer));
    req.end(body);
  });
}

function answerFrom(addresses: LookupAddress[]): LookupFunction {
  return (_host, options, callback) => {
    if (options.all) return callback(null, addresses);
    const first = addresses.find((a) => !options.family || a.family === options.family);
    if (!first) return callback(new Error('no address of the family asked for'), '', 0);
    callback(null, first.address, first.family);
  };
}

/**
 * The body's first KB (as text). A short rest is drained so the socket can be reused; a long
 * one is cut off (the endpoint only needs to answer 2xx).
 */
async function readExcerpt(res: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of res as AsyncIterable<Buffer>) {
    if (size < EXCERPT_BYTES) chunks.push(chunk);
    size += chunk.length;
    if (size > DRAIN_BYTES) {
      res.destroy();
      break;
    }
  }
  return Buffer.concat(chunks).subarray(0, EXCERPT_BYTES).toString('utf8');
}
