// npm run changelog -w @portal/schema: writes docs/partner-api/schema-changelog.md from the
// history of schema/supergraph.graphql (its first-parent commits, then the working tree's when
// it differs), so a schema change and its changelog can be committed together.
//   --check      exits 1, changing nothing, when the file is not what regenerating gives
//   --root DIR   another repository than this one (a test's scratch repository)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { changelogMarkdown } = require('./changelog-lib.cjs');
const args = process.argv.slice(2);
const rootOption = args.indexOf('--root');
const root =
  rootOption >= 0
    ? path.resolve(args[rootOption + 1])
    : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const target = path.join(root, 'docs', 'partner-api', 'schema-changelog.md');
// Formatted as every Markdown file of the repository is (npm test checks it).
const prettier = await import('prettier');
const formatted = await prettier.format(await changelogMarkdown(root), {
  ...(await prettier.resolveConfig(target)),
  parser: 'markdown',
});
const relative = path.relative(process.cwd(), target);
if (args.includes('--check')) {
  let committed = '';
  try {
    committed = readFileSync(target, 'utf8');
  } catch {
    // Missing: as stale as an old one.
  }
  if (committed !== formatted) {
    console.error(
      `${relative} is not the changelog of the supergraph's history: run \`npm run changelog -w @portal/schema\` and commit it with the schema.`,
    );
    process.exit(1);
  }
  console.log(`${relative} is current.`);
} else {
  writeFileSync(target, formatted);
  console.log(`Wrote ${relative}.`);
}
