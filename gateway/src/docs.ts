import { existsSync, readFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { getNamedType, introspectionFromSchema, type GraphQLSchema } from 'graphql';

// graphql-markdown and markdown-it are required by the first page rendered (below), not by every
// gateway process start or test file: the pages are rendered on demand for the same reason.
type GraphqlMarkdown = {
  renderSchema(
    schema: object,
    options: {
      title?: string;
      prologue?: string;
      printer: (line: string) => void;
      tocFieldTypes?: string[];
      headingLevel?: number;
    },
  ): void;
};

export const DOCS_PATH = '/docs';

/** The guide's pages, in the order of its menu: docs/partner-api/<slug>.md. */
export const GUIDE_PAGES = [
  ['', 'getting-started', 'Getting started'],
  ['authentication', 'authentication', 'Authentication'],
  ['sandbox', 'sandbox', 'Sandbox'],
  ['pagination', 'pagination', 'Pagination'],
  ['errors', 'errors', 'Errors'],
  ['idempotency', 'idempotency', 'Idempotency keys'],
  ['webhooks', 'webhooks', 'Webhooks'],
  ['limits', 'limits', 'Limits and fair use'],
  ['changes', 'changes', 'Change policy'],
] as const;

/** The public API as partners see it: the supergraph without federation's machinery. */
export function apiSchemaOf(supergraphSdl: string): GraphQLSchema {
  return Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();
}

/** The reference: graphql-markdown's Markdown of every type and field, from their descriptions. */
export function referenceMarkdown(schema: GraphQLSchema): string {
  const lines: string[] = [];
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { renderSchema } = require('graphql-markdown') as GraphqlMarkdown;
  renderSchema(introspectionFromSchema(schema), {
    title: 'API reference',
    prologue:
      'Every type, field and argument of the portal’s GraphQL API, generated from the schema’s own descriptions. Root fields first: `Query`, then `Mutation`.',
    tocFieldTypes: ['Query', 'Mutation'],
    printer: (line) => lines.push(line),
  });
  return lines.join('\n');
}

/**
 * The userErrors codes of each mutation, as their descriptions (the mutation's, its payload's or
 * its input's) name them after "Codes:".
 */
export function mutationCodes(schema: GraphQLSchema): [string, string[]][] {
  const mutation = schema.getMutationType();
  if (!mutation) return [];
  return Object.values(mutation.getFields()).map((field) => {
    const texts = [
      field.description,
      getNamedType(field.type).description,
      ...field.args.map((arg) => getNamedType(arg.type).description),
    ];
    const codes = new Set<string>();
    for (const text of texts)
      for (const [, list] of (text ?? '').matchAll(/Codes?:([^.]*)/g))
        for (const [code] of list!.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|\b[A-Z]{4,}\b/g))
          codes.add(code);
    return [field.name, [...codes]];
  });
}

function mutationCodesMarkdown(schema: GraphQLSchema): string {
  const rows = mutationCodes(schema).map(
    ([name, codes]) =>
      `| \`${name}\` | ${codes.length ? codes.map((c) => `\`${c}\``).join(', ') : '–'} |`,
  );
  return [
    '## userErrors codes per mutation',
    '',
    '| Mutation | Codes |',
    '| --- | --- |',
    ...rows,
  ].join('\n');
}

/**
 * The partner documentation: the guide (docs/partner-api/*.md), the reference generated from the
 * schema, and the schema changelog when one was generated. Served without signing in; nothing in
 * it is secret (it is what introspection would tell). Rendered at the first request for a page,
 * not at start: building the API schema and the markdown again costs every gateway process (and
 * every test file's) a few hundred milliseconds that most of them never use.
 */
export function partnerDocs(options: {
  supergraphSdl: string;
  guideDir: string;
  changelogFile?: string;
}): (res: ServerResponse, pathname: string) => boolean {
  let pages: Map<string, string> | undefined;
  return (res, pathname) => {
    pages ??= renderPages(options);
    const slug = pathname.slice(DOCS_PATH.length).replace(/^\/+|\/+$/g, '');
    const html = pages.get(slug);
    if (html === undefined) return false;
    res.statusCode = 200;
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.setHeader('cache-control', 'public, max-age=300');
    res.end(html);
    return true;
  };
}

/** Every page of the partner documentation, by its slug under DOCS_PATH ('' the guide's first). */
function renderPages(options: {
  supergraphSdl: string;
  guideDir: string;
  changelogFile?: string;
}): Map<string, string> {
  // Our own texts and schema: the reference's tables are raw HTML, which is kept.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const MarkdownIt = require('markdown-it') as typeof import('markdown-it');
  const markdown = new MarkdownIt({ html: true, linkify: false });
  markdown.core.ruler.push('heading-ids', (state) => {
    // The reference links types as #typename (graphql-markdown's anchors): headings get them.
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      const text = state.tokens[i + 1]?.content ?? '';
      token.attrSet(
        'id',
        text
          .toLowerCase()
          .replace(/\s+/g, '-')
          .replace(/[^a-z0-9._-]/g, ''),
      );
    });
  });
  const pages = new Map<string, string>();
  const menu = [
    ...GUIDE_PAGES.map(([slug, , title]) => [slug, title] as const),
    ['reference', 'API reference'] as const,
    ...(options.changelogFile && existsSync(options.changelogFile)
      ? [['changelog', 'Schema changelog'] as const]
      : []),
  ];
  const render = (slug: string, text: string) =>
    pages.set(slug, page(menu, slug, markdown.render(text)));
  const schema = apiSchemaOf(options.supergraphSdl);
  for (const [slug, file] of GUIDE_PAGES) {
    const source = path.join(options.guideDir, `${file}.md`);
    if (!existsSync(source)) continue;
    const text = readFileSync(source, 'utf8');
    render(slug, slug === 'errors' ? `${text}\n${mutationCodesMarkdown(schema)}` : text);
  }
  render('reference', referenceMarkdown(schema));
  if (options.changelogFile && existsSync(options.changelogFile))
    render('changelog', readFileSync(options.changelogFile, 'utf8'));
  return pages;
}

function page(menu: readonly (readonly [string, string])[], current: string, body: string) {
  const title = menu.find(([slug]) => slug === current)?.[1] ?? 'Partner API';
  const links = menu
    .map(
      ([slug, name]) =>
        `<li><a href="${DOCS_PATH}${slug ? `/${slug}` : ''}"${slug === current ? ' aria-current="page"' : ''}>${name}</a></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · Printer portal partner API</title>
<style>${STYLE}</style>
</head>
<body>
<header><a href="${DOCS_PATH}">Printer portal partner API</a></header>
<div class="layout">
<nav aria-label="Documentation"><ul>${links}</ul></nav>
<main>${body}</main>
</div>
</body>
</html>`;
}

const STYLE = `
body{margin:0;font:16px/1.55 system-ui,sans-serif;color:#1b1f24;background:#fff}
header{padding:.8rem 1.5rem;background:#0b3d63}header a{color:#fff;font-weight:600;text-decoration:none}
.layout{display:flex;gap:2rem;padding:1.5rem;max-width:80rem}
nav{flex:0 0 13rem}nav ul{list-style:none;padding:0;margin:0;position:sticky;top:1rem}
nav li{margin:.3rem 0}nav a{color:#0b3d63}nav a[aria-current]{font-weight:700}
main{flex:1;min-width:0}
code,pre{font-family:ui-monospace,monospace;font-size:.9em;background:#f3f5f7}
pre{padding:.8rem;overflow-x:auto;border-radius:4px}
table{border-collapse:collapse;margin:1rem 0;width:100%}
th,td{border:1px solid #d0d7de;padding:.35rem .5rem;vertical-align:top;text-align:left}
a{color:#0a58ca}
@media (max-width:50rem){.layout{flex-direction:column}}
`;
