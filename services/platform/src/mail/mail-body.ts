/**
 * Mail bodies with a plain-text and an HTML part, built so that what someone typed (a contact
 * name, an inviter's name, a comment) can never become markup or forge lines of the mail: every
 * interpolated string is text, escaped in the HTML part and kept to one line; only `link()` makes
 * an anchor, and only `lines()` keeps line breaks.
 */
export interface MailBody {
  text: string;
  html: string;
}

class Link {
  constructor(readonly url: string) {}
}
class Lines {
  constructor(readonly value: string) {}
}

/** A link the portal made itself (never one a user typed). */
export function link(url: string): Link {
  return new Link(url);
}

/** Text of several lines (a comment), kept as lines in both parts. */
export function lines(value: string): Lines {
  return new Lines(value);
}

type Part = string | number | Link | Lines;

export function mailBody(strings: TemplateStringsArray, ...values: Part[]): MailBody {
  let text = '';
  let html = '';
  strings.forEach((literal, i) => {
    text += literal;
    html += htmlOf(literal);
    if (i >= values.length) return;
    const value = values[i]!;
    if (value instanceof Link) {
      text += value.url;
      html += `<a href="${escapeHtml(value.url)}">${escapeHtml(value.url)}</a>`;
    } else if (value instanceof Lines) {
      const kept = value.value
        .split(/\r\n|\r|\n/)
        .map(oneLine)
        .join('\n');
      text += kept;
      html += htmlOf(kept);
    } else {
      text += oneLine(String(value));
      html += escapeHtml(oneLine(String(value)));
    }
  });
  return { text, html: `<!doctype html>\n<html><body>\n<p>${html}</p>\n</body></html>\n` };
}

/** Line breaks, tabs and other control characters become one space. */
export function oneLine(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ');
}

export function escapeHtml(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

// Blank lines end a paragraph, single breaks stay breaks.
function htmlOf(text: string): string {
  return escapeHtml(text).replace(/\n\n+/g, '</p>\n<p>').replace(/\n/g, '<br>\n');
}
