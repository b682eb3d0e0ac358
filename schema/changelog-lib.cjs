// The schema changelog: every committed version of supergraph.graphql against the one before,
// diffed by @graphql-inspector/core on the API schema (what partners see) and classified as
// breaking, dangerous or safe. Published with the partner documentation at /docs/changelog.
const { execFileSync } = require('node:child_process');
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

/** Committed versions of the supergraph, oldest first: { commit, date, sdl }. */
function committedVersions(rootDir) {
  const file = SUPERGRAPH_FILE;
  const log = execFileSync('git', ['log', '--reverse', '--format=%H %cs', '--', file], {
    cwd: rootDir,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return log
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [commit, date] = line.split(' ');
      const sdl = execFileSync('git', ['show', `${commit}:${file}`], {
        cwd: rootDir,
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      return { commit, date, sdl };
    });
}

const HEADINGS = { breaking: 'Breaking', dangerous: 'Dangerous', safe: 'Safe' };

/** The changelog as Markdown, newest first; versions whose API did not change are left out. */
async function changelogMarkdown(rootDir) {
  const versions = committedVersions(rootDir);
  const sections = [];
  for (let i = 1; i < versions.length; i++) {
    let changes;
    try {
      changes = await classifiedChanges(versions[i - 1].sdl, versions[i].sdl);
    } catch {
      continue; // A version that does not build (before the federation layout settled).
    }
    if (changes.length === 0) continue;
    const lines = [`## ${versions[i].date} (${versions[i].commit.slice(0, 10)})`, ''];
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
    'Every change to the published API schema, newest first, generated from the history of the committed supergraph with GraphQL Inspector (changes of descriptions alone are left out). **Breaking** changes can break a client; **dangerous** ones may change what a client sees (e.g. a new enum value, a changed default); **safe** ones are additions. See the [change policy](/docs/changes).',
    '',
    ...sections,
  ].join('\n');
}

function escapeHtml(text) {
  return text.replace(/[<>]/g, (c) => (c === '<' ? '&lt;' : '&gt;'));
}

module.exports = { classifiedChanges, committedVersions, changelogMarkdown };
