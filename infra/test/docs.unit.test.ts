import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DOCS_PATH, GUIDE_PAGES } from '../../gateway/src/docs';

// The README gets a newcomer started; docs/ holds the rest. Both point only at what exists.

const ROOT = path.resolve(__dirname, '..', '..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');
// docs/ and its folders (docs/partner-api is the partner guide the gateway serves at /docs).
const pages = [
  'README.md',
  ...readdirSync(path.join(ROOT, 'docs'), { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.md'))
    .map((f) => `docs/${f}`),
];
/** The paths the gateway serves the partner guide at: its pages, the reference, the changelog. */
const SERVED = new Set([
  ...GUIDE_PAGES.map(([slug]) => `${DOCS_PATH}${slug ? `/${slug}` : ''}`),
  `${DOCS_PATH}/reference`,
  `${DOCS_PATH}/changelog`,
]);

it('the README stays short and answers the first questions', () => {
  const readme = read('README.md');
  expect(readme.split('\n').length).toBeLessThan(250);
  for (const heading of [
    '## Two commands',
    '## Layout',
    '## How to add a field',
    '## How to add a mutation',
    '## How to add a subgraph',
  ]) {
    expect(readme).toContain(`\n${heading}\n`);
  }
  expect(readme).toContain('npm install');
  expect(readme).toContain('npm start');
});

it.each(pages)('%s: every relative link leads to a file of the repository', (page) => {
  const links = [...read(page).matchAll(/\]\(([^)#\s]+)(#[^)]*)?\)/g)]
    .map((m) => m[1]!)
    .filter((target) => !/^[a-z]+:/.test(target));
  for (const target of links.filter((t) => t.startsWith('/')))
    expect({ page, target, served: SERVED.has(target) }).toEqual({ page, target, served: true });
  for (const target of links.filter((t) => !t.startsWith('/'))) {
    expect({
      page,
      target,
      exists: existsSync(path.resolve(ROOT, path.dirname(page), target)),
    }).toEqual({ page, target, exists: true });
  }
});

it.each(pages.filter((p) => p.startsWith('docs/')))(
  '%s: every file it names in the repository exists',
  (page) => {
    const named = [
      ...read(page).matchAll(/`((?:gateway|services|infra|client|schema)\/[^`\s<*]+\.\w+)`/g),
    ].map((m) => m[1]!);
    // Files the project writes where they are used (secrets, builds) are in git's ignore list.
    const ignored = (file: string) =>
      spawnSync('git', ['check-ignore', '-q', file], { cwd: ROOT }).status === 0;
    for (const file of named.filter((f) => !ignored(f))) {
      expect({ page, file, exists: existsSync(path.join(ROOT, file)) }).toEqual({
        page,
        file,
        exists: true,
      });
    }
  },
);

it('the code refers to design documents in docs/, never to ones outside the repository', () => {
  const tracked = execFileSync('git', ['ls-files'], { cwd: ROOT, encoding: 'utf8' })
    .split('\n')
    .filter(
      (f) =>
        /\.(ts|tsx|mjs|cjs|js|graphql|ya?ml|md)$/.test(f) && f !== 'infra/test/docs.unit.test.ts',
    );
  const outside = /\b(DOMAIN|SECURITY|ARCHITECTURE|STYLE|LIBRARIES|DEMO)\.md\b/;
  const referring = tracked.filter((f) => existsSync(path.join(ROOT, f)) && outside.test(read(f)));
  expect(referring).toEqual([]);
});
