import DOMPurify from 'dompurify';
import { Marked } from 'marked';

// An article's headings sit under the page's own h1.
const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    heading({ tokens, depth }) {
      const level = Math.min(depth + 1, 6);
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
  },
});

const purifier = DOMPurify();
purifier.addHook('afterSanitizeAttributes', (node) => {
  // Links leave the portal in a new tab, without handing it a reference to this one.
  if (node.tagName === 'A' && node.getAttribute('href')) {
    node.setAttribute('target', '_blank');
    node.setAttribute('rel', 'noopener noreferrer');
  }
});

/** Markdown to HTML that can carry no script: marked renders, DOMPurify keeps only plain HTML. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown, { async: false });
  return purifier.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'iframe'],
    FORBID_ATTR: ['style'],
  });
}

export function Markdown({ source }: { source: string }) {
  // Sanitised above: the only HTML that reaches the page.
  return (
    <div className="article-body" dangerouslySetInnerHTML={{ __html: renderMarkdown(source) }} />
  );
}
