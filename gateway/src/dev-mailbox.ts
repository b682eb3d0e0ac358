import { lstat, readdir, readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { sendJson } from '@portal/platform/edge';

export const DEV_MAILBOX_PATH = '/dev/mailbox';

/** What the dev mailbox writes (packages/devkit/src/dev-mailbox.ts): no slashes, no "..". */
const MAIL_FILE = /^[A-Za-z0-9@_-][A-Za-z0-9@._-]{0,250}\.eml$/;
const MAX_LISTED = 200;

export interface MailboxEntry {
  file: string;
  size: number;
  receivedAt: string;
}

/**
 * Lets a demo user read the confirmation mail in the browser: in demo mode only (never in
 * production, development or test mode), and only for callers on this machine.
 */
export function devMailboxFor(mode: string, dir: string | undefined) {
  return dir && mode === 'demo' ? devMailbox(dir) : undefined;
}

/** 127.0.0.0/8 and ::1, also as IPv4-mapped IPv6 addresses. */
export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return v4.startsWith('127.') || address === '::1';
}

/**
 * Demo mode and loopback only: the dev mailbox's .eml files, read-only, so that a new user can
 * finish registration without a mail server. `GET /dev/mailbox` lists them (newest first;
 * `?to=<address>` only those to that address);
 * `GET /dev/mailbox/<file>.eml` is one mail as plain text. Only plain file names directly in
 * `dir` are served: anything else (a path, an encoded slash, a symlink) is "not found".
 */
export function devMailbox(dir: string) {
  const root = path.resolve(dir);
  return async (req: IncomingMessage, res: ServerResponse, pathname: string): Promise<void> => {
    // Anyone else gets what any unknown path gets.
    if (!isLoopback(req.socket.remoteAddress)) return sendJson(res, 404, { error: 'not found' });
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.setHeader('allow', 'GET, HEAD');
      return sendJson(res, 405, { error: 'method not allowed' });
    }
    res.setHeader('cache-control', 'no-store');
    res.setHeader('x-content-type-options', 'nosniff');
    if (pathname === DEV_MAILBOX_PATH || pathname === `${DEV_MAILBOX_PATH}/`) {
      const to = new URL(req.url ?? '/', 'http://mailbox').searchParams.get('to')?.trim();
      return sendJson(res, 200, { mails: await list(root, to || undefined) });
    }
    const name = decodedName(pathname.slice(DEV_MAILBOX_PATH.length + 1));
    const file = path.join(root, name ?? '');
    if (name === null || !MAIL_FILE.test(name) || path.dirname(file) !== root) {
      return sendJson(res, 404, { error: 'not found' });
    }
    const stat = await lstat(file).catch(() => undefined);
    if (!stat?.isFile()) return sendJson(res, 404, { error: 'not found' });
    const body = await readFile(file);
    res.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': body.length,
      'content-security-policy': "default-src 'none'",
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  };
}

/** A client may percent-encode the name (an @ as %40); a malformed encoding is no name. */
function decodedName(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** A file's name ends with its recipient, made safe as the dev mailbox writes it. */
function recipientSuffix(to: string): string {
  return `-${to.replace(/[^a-z0-9@._-]/gi, '_')}.eml`.toLowerCase();
}

async function list(root: string, to?: string): Promise<MailboxEntry[]> {
  const names = await readdir(root).catch(() => [] as string[]);
  const suffix = to === undefined ? undefined : recipientSuffix(to);
  const entries = await Promise.all(
    names
      .filter((name) => MAIL_FILE.test(name))
      .filter((name) => suffix === undefined || name.toLowerCase().endsWith(suffix))
      .map(async (file) => {
        const stat = await lstat(path.join(root, file)).catch(() => undefined);
        return stat?.isFile()
          ? { file, size: stat.size, receivedAt: stat.mtime.toISOString(), order: stat.mtimeMs }
          : undefined;
      }),
  );
  return (
    entries
      .filter((e) => e !== undefined)
      // Names start with the arrival time in milliseconds and a counter: newest first.
      .sort((a, b) => b.order - a.order || b.file.localeCompare(a.file))
      .slice(0, MAX_LISTED)
      .map(({ file, size, receivedAt }) => ({ file, size, receivedAt }))
  );
}
