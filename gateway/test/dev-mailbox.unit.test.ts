import { mkdirSync, mkdtempSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { devMailboxFor } from '../src/dev-mailbox';

let dir: string;
let server: Server;
let port: number;

beforeAll(async () => {
  const base = mkdtempSync(path.join(tmpdir(), 'dev-mailbox-'));
  dir = path.join(base, 'mail');
  mkdirSync(dir);
  writeFileSync(path.join(base, 'secret.eml'), 'outside the mailbox');
  writeFileSync(path.join(dir, '1000-0001-old@example.dk.eml'), 'Subject: old\r\n\r\nfirst');
  writeFileSync(path.join(dir, '2000-0002-new@example.dk.eml'), 'Subject: new\r\n\r\nsecond');
  utimesSync(path.join(dir, '1000-0001-old@example.dk.eml'), 1000, 1000);
  symlinkSync(path.join(base, 'secret.eml'), path.join(dir, 'link.eml'));
  writeFileSync(path.join(dir, 'notes.txt'), 'not a mail');
  const serve = devMailboxFor('demo', dir)!;
  server = createServer((req, res) => {
    void serve(req, res, (req.url ?? '/').split('?')[0]!);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  rmSync(path.dirname(dir), { recursive: true, force: true });
});

/** A raw request: the path goes out exactly as written (fetch would normalise ".."). */
function get(rawPath: string, method = 'GET'): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode!, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('dev mailbox', () => {
  it('lists the mails newest first, without links or other files', async () => {
    const { status, body } = await get('/dev/mailbox');
    expect(status).toBe(200);
    const { mails } = JSON.parse(body) as { mails: { file: string }[] };
    expect(mails.map((m) => m.file)).toEqual([
      '2000-0002-new@example.dk.eml',
      '1000-0001-old@example.dk.eml',
    ]);
  });

  it('lists only the mails to one address when asked', async () => {
    const files = async (query: string) =>
      (
        JSON.parse((await get(`/dev/mailbox${query}`)).body) as { mails: { file: string }[] }
      ).mails.map((m) => m.file);
    expect(await files('?to=Old%40Example.dk')).toEqual(['1000-0001-old@example.dk.eml']);
    expect(await files('?to=nobody%40example.dk')).toEqual([]);
    // An empty filter is no filter.
    expect(await files('?to=')).toHaveLength(2);
  });

  it('shows one mail as plain text, by its name as listed or percent-encoded', async () => {
    const mail = { status: 200, body: 'Subject: new\r\n\r\nsecond' };
    expect(await get('/dev/mailbox/2000-0002-new@example.dk.eml')).toEqual(mail);
    expect(await get('/dev/mailbox/2000-0002-new%40example.dk.eml')).toEqual(mail);
  });

  it.each([
    '/dev/mailbox/../secret.eml',
    '/dev/mailbox/..%2Fsecret.eml',
    '/dev/mailbox/%2E%2E%2Fsecret.eml',
    '/dev/mailbox/%2E%2E%252Fsecret.eml',
    '/dev/mailbox/%E0%A4%A.eml',
    '/dev/mailbox/link.eml',
    '/dev/mailbox/notes.txt',
    '/dev/mailbox/sub/2000-0002-new@example.dk.eml',
  ])('serves nothing outside the mailbox folder: %s', async (rawPath) => {
    const { status, body } = await get(rawPath);
    expect(status).toBe(404);
    expect(body).not.toContain('outside the mailbox');
  });

  it('is read-only', async () => {
    expect((await get('/dev/mailbox', 'POST')).status).toBe(405);
    expect((await get('/dev/mailbox/2000-0002-new@example.dk.eml', 'DELETE')).status).toBe(405);
  });

  it('exists only in demo mode', () => {
    expect(devMailboxFor('demo', dir)).toBeDefined();
    expect(devMailboxFor('development', dir)).toBeUndefined();
    expect(devMailboxFor('production', dir)).toBeUndefined();
    expect(devMailboxFor('test', dir)).toBeUndefined();
    expect(devMailboxFor('demo', undefined)).toBeUndefined();
  });

  it('answers only callers on this machine', async () => {
    const serve = devMailboxFor('demo', dir)!;
    for (const remoteAddress of ['192.0.2.7', '::ffff:203.0.113.9', '2001:db8::1', undefined]) {
      const written: { status?: number; body?: string } = {};
      const res = {
        setHeader: () => undefined,
        writeHead: (status: number) => (written.status = status),
        end: (body: string) => (written.body = body),
      };
      const req = { method: 'GET', socket: { remoteAddress } };
      await serve(req as never, res as never, '/dev/mailbox/2000-0002-new@example.dk.eml');
      expect(written).toEqual({ status: 404, body: JSON.stringify({ error: 'not found' }) });
    }
    expect((await get('/dev/mailbox/2000-0002-new@example.dk.eml')).status).toBe(200);
  });
});
