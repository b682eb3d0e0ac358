/** Just enough of RFC 5322/2045/2047 to read what the portal sends: plain-text mails. */
export interface ParsedMail {
  to: string;
  subject: string;
  date: string | null;
  text: string;
}

function utf8(bytes: number[]): string {
  return new TextDecoder('utf-8').decode(new Uint8Array(bytes));
}

function decodeQuotedPrintable(body: string): string {
  const bytes: number[] = [];
  const soft = body.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    const hex = soft[i] === '=' ? soft.slice(i + 1, i + 3) : '';
    if (/^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(soft.charCodeAt(i) & 0xff);
  }
  return utf8(bytes);
}

function decodeBase64(body: string): string {
  const binary = atob(body.replace(/\s+/g, ''));
  return utf8([...binary].map((c) => c.charCodeAt(0)));
}

/** =?utf-8?Q?...?= and =?utf-8?B?...?= words; whitespace between two of them is dropped. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[QB]\?[^?]*\?=)\s+(?==\?)/gi, '$1')
    .replace(/=\?[^?]+\?([QB])\?([^?]*)\?=/gi, (_m, kind: string, text: string) =>
      kind.toUpperCase() === 'B'
        ? decodeBase64(text)
        : decodeQuotedPrintable(text.replace(/_/g, ' ')),
    );
}

function headersOf(head: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0)
      headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function split(raw: string): [string, string] {
  const match = /\r?\n\r?\n/.exec(raw);
  return match ? [raw.slice(0, match.index), raw.slice(match.index + match[0].length)] : [raw, ''];
}

function bodyText(headers: Map<string, string>, body: string): string {
  const type = headers.get('content-type') ?? 'text/plain';
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const parts = body.split(`--${boundary}`).slice(1, -1);
    for (const part of parts) {
      const [head, content] = split(part.replace(/^\r?\n/, ''));
      const partHeaders = headersOf(head);
      if (/^text\/plain/i.test(partHeaders.get('content-type') ?? 'text/plain'))
        return bodyText(partHeaders, content);
    }
    return '';
  }
  const encoding = headers.get('content-transfer-encoding')?.toLowerCase();
  if (encoding === 'base64') return decodeBase64(body);
  if (encoding === 'quoted-printable') return decodeQuotedPrintable(body);
  return body;
}

export function parseMail(raw: string): ParsedMail {
  const [head, body] = split(raw);
  const headers = headersOf(head);
  return {
    to: decodeHeader(headers.get('to') ?? ''),
    subject: decodeHeader(headers.get('subject') ?? ''),
    date: headers.get('date') ?? null,
    text: bodyText(headers, body).trim(),
  };
}

/** The portal's own links in a mail (confirmation, invitation, password reset), as paths of this site. */
export function portalLinks(text: string): string[] {
  const links: string[] = [];
  for (const [url] of text.matchAll(/https?:\/\/[^\s<>"]+/g)) {
    try {
      const parsed = new URL(url);
      if (
        /^\/(confirm-email|accept-invitation|reset-password|forgot-password)$/.test(parsed.pathname)
      )
        links.push(`${parsed.pathname}${parsed.search}`);
    } catch {
      // not a URL after all
    }
  }
  return links;
}
