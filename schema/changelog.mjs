// npm run changelog -w @portal/schema: writes docs/partner-api/schema-changelog.md from the
// git history of schema/supergraph.graphql (commit the supergraph first).
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { changelogMarkdown } = require('./changelog-lib.cjs');
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'docs', 'partner-api', 'schema-changelog.md');
// Formatted as every Markdown file of the repository is (npm test checks it).
const prettier = await import('prettier');
const formatted = await prettier.format(await changelogMarkdown(root), {
  ...(await prettier.resolveConfig(target)),
  parser: 'markdown',
});
writeFileSync(target, formatted);
console.log(`Wrote ${path.relative(process.cwd(), target)}.`);
