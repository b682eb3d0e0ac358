import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** A mail the system sent, as the run's SMTP capture server received it. */
export interface CapturedMail {
  subject: string;
  text: string;
  /** The HTML part, decoded; '' when the mail had none. */
  html: string;
  /** The mail's header section as sent (unfolded), e.g. to read List-Unsubscribe. */
  head: string;
}

// Soft line breaks and =XX escapes of quoted-printable bodies.
function decodeQuotedPrintable(body: string): string {
  const bytes = body
    .replace(/=\r?\n/g, '')
    .replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

function splitHead(raw: string): [string, string] {
  const match = /\r?\n\r?\n/.exec(raw);
  return match ? [raw.slice(0, match.index), raw.slice(match.index + match[0].length)] : [raw, ''];
}

function decodeBody(head: string, body: string): string {
  const encoding = /^Content-Transfer-Encoding: (\S+)/im.exec(head)?.[1]?.toLowerCase();
  return encoding === 'base64'
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    : encoding === 'quoted-printable'
      ? decodeQuotedPrintable(body)
      : body;
}

/** The text/plain and text/html parts of a single-part or multipart/alternative body. */
function partsOf(head: string, body: string): { text: string; html: string } {
  const type = /^Content-Type: (.*(?:\r?\n[ \t].*)*)/im.exec(head)?.[1] ?? 'text/plain';
  const boundary = /boundary="?([^";\s]+)"?/i.exec(type)?.[1];
  if (!/multipart\//i.test(type) || !boundary) {
    const decoded = decodeBody(head, body);
    return /text\/html/i.test(type) ? { text: '', html: decoded } : { text: decoded, html: '' };
  }
  const found = { text: '', html: '' };
  for (const part of body.split(`--${boundary}`).slice(1, -1)) {
    const [partHead, content] = splitHead(part.replace(/^\r?\n/, ''));
    const inner = partsOf(partHead, content.replace(/\r?\n$/, ''));
    found.text ||= inner.text;
    found.html ||= inner.html;
  }
  return found;
}

function parse(raw: string): CapturedMail {
  const [head, body] = splitHead(raw);
  const subjectLine = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(head)?.[1] ?? '';
  const subject = subjectLine
    .replace(/\r?\n[ \t]/g, ' ')
    // Whitespace between two encoded words is not part of the text (RFC 2047).
    .replace(/(=\?[^?]+\?[QB]\?[^?]*\?=)\s+(?==\?)/gi, '$1')
    .replace(/=\?utf-8\?Q\?(.*?)\?=/gi, (_m, q: string) =>
      decodeQuotedPrintable(q.replace(/_/g, ' ')),
    )
    .replace(/=\?utf-8\?B\?(.*?)\?=/gi, (_m, b: string) =>
      Buffer.from(b, 'base64').toString('utf8'),
    );
  return { subject, ...partsOf(head, body), head: head.replace(/\r?\n[ \t]+/g, ' ') };
}

/** Waits for the newest mail to an address (after `since` files), up to a deadline. */
export function waitForMail(to: string, since = 0, timeoutMs = 10_000): Promise<CapturedMail> {
  return untilMail(`no mail to ${to} within ${timeoutMs} ms`, timeoutMs, () => {
    const files = mailsTo(to);
    return files.length > since ? read(files.at(-1)!) : undefined;
  });
}

/**
 * Waits for a mail to an address (after `since` files) with exactly this subject (or one the
 * pattern matches): for addresses that also receive other mails meanwhile (notifications arrive
 * asynchronously, and demo addresses hear from every test file's system).
 */
export function waitForMailWithSubject(
  to: string,
  since: number,
  subject: string | RegExp,
  timeoutMs = 10_000,
): Promise<CapturedMail> {
  const matches = (mail: CapturedMail) =>
    typeof subject === 'string' ? mail.subject === subject : subject.test(mail.subject);
  return untilMail(`no mail "${String(subject)}" to ${to} in ${timeoutMs} ms`, timeoutMs, () =>
    mailsTo(to).slice(since).map(read).find(matches),
  );
}

/** Looks every 100 ms until `find` answers a mail, or fails with `missing` at the deadline. */
async function untilMail(
  missing: string,
  timeoutMs: number,
  find: () => CapturedMail | undefined,
): Promise<CapturedMail> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found) return found;
    if (Date.now() > deadline) throw new Error(missing);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A captured mail by its file name. */
function read(file: string): CapturedMail {
  return parse(readFileSync(path.join(captureDir(), file), 'utf8'));
}

/** The run's capture folder (set by the global set-up). */
function captureDir(): string {
  const dir = process.env.PORTAL_TEST_MAIL_DIR;
  if (!dir) throw new Error('no mail capture: run through Jest');
  return dir;
}

/** The subjects of the mails to an address after `since` files. */
export function subjectsSince(to: string, since: number): string[] {
  return mailsTo(to)
    .slice(since)
    .map((file) => read(file).subject);
}

/** How many mails an address has received so far. */
export function mailCount(to: string): number {
  return mailsTo(to).length;
}

function mailsTo(to: string): string[] {
  const safe = to.replace(/[^a-z0-9@._-]/gi, '_');
  return readdirSync(captureDir())
    .filter((f) => f.endsWith(`-${safe}.eml`))
    .sort();
}

/** The token of the link in a mail. */
export function tokenIn(mail: CapturedMail): string {
  const token = /[?&]token=([A-Za-z0-9_%-]+)/.exec(mail.text)?.[1];
  if (!token) throw new Error(`no link with a token in:\n${mail.text}`);
  return decodeURIComponent(token);
}
