// The schema changelog: every committed version of supergraph.graphql against the one before,
// diffed by @graphql-inspector/core on the API schema (what partners see) and classified as
// breaking, dangerous or safe. Published with the partner documentation at /docs/changelog.
const { execFileSync } = require('node:child_process');
const { existsSync, readFileSync } = require('node:fs');
const path = require('node:path');
const { diff, CriticalityLevel, DiffRule } = require('@graphql-inspector/core');
const { apiSchemaOf, SUPERGRAPH_FILE } = require('./compose-lib.cjs');

const KIND = {
  [CriticalityLevel.Breaking]: 'breaking',
  [CriticalityLevel.Dangerous]: 'dangerous',
  [CriticalityLevel.NonBreaking]: 'safe',
};

/**
 * The changes from one supergraph to the next: { kind, path, message } each. Inspector calls an
 * added optional argument dangerous (a resolver might treat "not given" unlike before); here the
 * change policy makes it safe: an argument the client does not send leaves its answer as it was.
 */
async function classifiedChanges(oldSupergraphSdl, newSupergraphSdl) {
  // Descriptions change often and break nothing: the reference shows the current ones.
  const changes = await diff(apiSchemaOf(oldSupergraphSdl), apiSchemaOf(newSupergraphSdl), [
    DiffRule.ignoreDescriptionChanges,
    DiffRule.simplifyChanges,
  ]);
  // (The rule misses a type's first description, so every description change is dropped here.)
  return changes
    .filter((change) => !/DESCRIPTION/.test(change.type))
    .map((change) => ({
      kind:
        change.type === 'FIELD_ARGUMENT_ADDED' &&
        change.criticality.level === CriticalityLevel.Dangerous
          ? 'safe'
          : KIND[change.criticality.level],
      path: change.path ?? null,
      message: change.message,
    }));
}

/**
 * The supergraph's versions, oldest first: every commit that changed it along the first-parent
 * line (what the main branch published; a merge is one version, not its branch's commits
 * interleaved by date), then the working tree's when it differs from the last commit's, dated
 * `today` (so a schema change and its changelog can be committed together).
 */
function schemaVersions(rootDir, today = localDate(new Date())) {
  const file = SUPERGRAPH_FILE;
  const git = (args) =>
    execFileSync('git', args, { cwd: rootDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const versions = git(['log', '--first-parent', '--reverse', '--format=%H %cs', '--', file])
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, date] = line.split(' ');
      return { commit, date, sdl: git(['show', `${commit}:${file}`]) };
    });
  const working = path.join(rootDir, file);
  if (existsSync(working)) {
    const sdl = readFileSync(working, 'utf8');
    if (sdl !== versions.at(-1)?.sdl) versions.push({ commit: null, date: today, sdl });
  }
  return versions;
}

/** YYYY-MM-DD in this machine's time zone, as git's %cs gives a commit made here. */
function localDate(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The last version of each day that builds, oldest first: the changelog has one entry a day. */
function dailyVersions(versions) {
  const days = [];
  for (const version of versions) {
    try {
      apiSchemaOf(version.sdl);
    } catch {
      continue; // A version that does not build (before the federation layout settled).
    }
    if (days.at(-1)?.date === version.date) days[days.length - 1] = version;
    else days.push(version);
  }
  return days;
}

const HEADINGS = { breaking: 'Breaking', dangerous: 'Dangerous', safe: 'Safe' };

/**
 * The changelog as Markdown, newest first: per day, what changed since the day before (days
 * whose API did not change are left out). Depends only on the supergraph's history and the
 * working tree, so regenerating it gives the committed file unless the schema moved on.
 */
async function changelogMarkdown(rootDir, options = {}) {
  const days = dailyVersions(schemaVersions(rootDir, options.today));
  const sections = [];
  for (let i = 1; i < days.length; i++) {
    const changes = await classifiedChanges(days[i - 1].sdl, days[i].sdl);
    if (changes.length === 0) continue;
    const lines = [`## ${days[i].date}`, ''];
    for (const kind of ['breaking', 'dangerous', 'safe']) {
      const ofKind = changes.filter((c) => c.kind === kind);
      if (ofKind.length === 0) continue;
      lines.push(`**${HEADINGS[kind]}**`, '');
      for (const c of ofKind)
        lines.push(`- ${c.path ? `\`${c.path}\`: ` : ''}${escapeHtml(c.message)}`);
      lines.push('');
    }
    sections.unshift(lines.join('\n'));
  }
  return [
    '# Schema changelog',
    '',
    'Every change to the published API schema, newest first, one entry per day, generated from the history of the committed supergraph with GraphQL Inspector (changes of descriptions alone are left out). **Breaking** changes can break a client; **dangerous** ones may change what a client sees (e.g. a new enum value, a changed default); **safe** ones are additions. See the [change policy](/docs/changes).',
    '',
    ...sections,
  ].join('\n');
}

function escapeHtml(text) {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

module.exports = { classifiedChanges, schemaVersions, changelogMarkdown };
