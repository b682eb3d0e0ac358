import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the receiver got, with what its own verification found. */
export interface Received {
  id: string;
  timestamp: number;
  signatures: string[];
  body: string;
  payload: { type: string; timestamp: string; data: Record<string, unknown> };
  /** The secrets (of those the receiver knows) whose signature is in the header. */
  signedBy: string[];
  /** What the receiver answered. */
  answered: number;
}

/**
 * Verifies a Standard Webhooks signature as the specification describes it, written here with
 * node:crypto and nothing of the signing side: the signed content is `id.timestamp.body`, the
 * key is the base64 after `whsec_`, the header holds space-separated `v1,<base64 HMAC-SHA256>`.
 */
export function signatureMatches(
  secret: string,
  id: string,
  timestamp: number,
  body: string,
  header: string,
): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${body}`).digest();
  return header.split(' ').some((entry) => {
    const [version, signature] = entry.split(',');
    if (version !== 'v1' || !signature) return false;
    const given = Buffer.from(signature, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/**
 * A partner's endpoint on loopback: answers each request with the next status of `answers`
 * (then 200), records it, and checks its signature against the secrets it was given.
 */
export class WebhookReceiver {
  readonly received: Received[] = [];
  answers: number[] = [];
  /** Answer 500 to everything while true. */
  failing = false;
  secrets: string[] = [];
  private server?: Server;

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks).toString('utf8');
        const id = String(req.headers['webhook-id']);
        const timestamp = Number(req.headers['webhook-timestamp']);
        const header = String(req.headers['webhook-signature'] ?? '');
        const answered = this.failing ? 500 : (this.answers.shift() ?? 200);
        this.received.push({
          id,
          timestamp,
          signatures: header.split(' '),
          body,
          payload: JSON.parse(body) as Received['payload'],
          signedBy: this.secrets.filter((s) => signatureMatches(s, id, timestamp, body, header)),
          answered,
        });
        res.writeHead(answered, { 'content-type': 'text/plain' });
        res.end(answered === 200 ? 'thanks' : 'receiver is down');
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/hooks`;
  }

  /** Waits until `check` holds of what was received (deliveries are asynchronous). */
  async until(check: (received: Received[]) => boolean, ms = 15_000): Promise<Received[]> {
    const deadline = Date.now() + ms;
    while (!check(this.received)) {
      if (Date.now() > deadline)
        throw new Error(`receiver: condition not met; got ${JSON.stringify(this.summary())}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    return this.received;
  }

  summary() {
    return this.received.map((r) => ({ id: r.id, type: r.payload.type, answered: r.answered }));
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }
}
