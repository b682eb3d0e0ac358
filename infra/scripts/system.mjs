// What `npm start` and `npm run seed` share: the database, secrets, migrations and demo data.
import { createRequire } from 'node:module';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const require = createRequire(import.meta.url);
export const platform = require(path.join(root, 'services/platform/dist/index.js'));

/**
 * The development tooling (@portal/devkit: embedded PostgreSQL, the dev mailbox), loaded only
 * where needed: a start on DATABASE_URL and SMTP_URL runs without it. Missing, it says what to set.
 */
export function loadDevkit(
  instead = 'set DATABASE_URL to a PostgreSQL server and SMTP_URL to a mail server',
) {
  return platform.loadDevDependency('@portal/devkit', instead, async () =>
    require(path.join(root, 'packages/devkit/dist/index.js')),
  );
}

/** Each subgraph's part of the demo world (its dist/demo.js export, from the registry). */
export const seeds = Object.fromEntries(platform.SUBGRAPHS.map((s) => [s.name, s.demoSeed]));

/** The gateway's migration (its fair-use table), run as the database owner. */
export const migrateGateway = (url) =>
  require(path.join(root, 'gateway/dist/fair-use-table.js')).migrateGateway(url);

export function subgraphModule(name, file) {
  return require(path.join(root, 'services', name, 'dist', file));
}

/** A TCP port free on 127.0.0.1 right now (the bench's and tools' processes each take one). */
export const freePort = () =>
  new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/**
 * Keys and secrets: from the environment, else generated once, at random, into a file of the
 * data folder that only its owner may read (0600, tightened if an earlier version left it
 * looser). The embedded PostgreSQL's superuser password is generated the same way, per cluster.
 */
export async function secrets(dataDir) {
  const env = platform.environment();
  if (
    env.PORTAL_PRINCIPAL_PRIVATE_KEY &&
    env.PORTAL_PRINCIPAL_PUBLIC_KEY &&
    env.PORTAL_TOKEN_SECRET
  ) {
    // Keys from the environment are the operator's: identity refuses to start without its own
    // encryption key rather than one made up here.
    return {
      PORTAL_PRINCIPAL_PRIVATE_KEY: env.PORTAL_PRINCIPAL_PRIVATE_KEY,
      PORTAL_PRINCIPAL_PUBLIC_KEY: env.PORTAL_PRINCIPAL_PUBLIC_KEY,
      PORTAL_TOKEN_SECRET: env.PORTAL_TOKEN_SECRET,
      ...(env.PORTAL_ENCRYPTION_KEY ? { PORTAL_ENCRYPTION_KEY: env.PORTAL_ENCRYPTION_KEY } : {}),
    };
  }
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
    const kept = JSON.parse(readFileSync(file, 'utf8'));
    // A data folder from before identity had its own encryption key gets one.
    if (!kept.PORTAL_ENCRYPTION_KEY) {
      kept.PORTAL_ENCRYPTION_KEY = randomBytes(32).toString('base64url');
      writeFileSync(file, JSON.stringify(kept, null, 2), { mode: 0o600 });
    }
    return kept;
  }
  const keys = await platform.generatePrincipalKeyPair();
  const generated = {
    PORTAL_PRINCIPAL_PRIVATE_KEY: keys.privateKey,
    PORTAL_PRINCIPAL_PUBLIC_KEY: keys.publicKey,
    PORTAL_TOKEN_SECRET: randomBytes(32).toString('base64url'),
    PORTAL_ENCRYPTION_KEY: randomBytes(32).toString('base64url'),
  };
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, JSON.stringify(generated, null, 2), { mode: 0o600 });
  return generated;
}

/** Migrates every subgraph's schema and the gateway's; with `seed`, loads the demo data. */
export async function prepareDatabase(url, { seed }) {
  const dataSources = [];
  try {
    for (const { name } of platform.SUBGRAPHS) {
      const { entities, migrations } = subgraphModule(name, 'database.js');
      const dataSource = platform.createSubgraphDataSource({
        subgraph: name,
        // DATABASE_URL_<SUBGRAPH> gives a subgraph a database of its own.
        url: platform.environment().databaseUrlFor(name) ?? url,
        entities,
        migrations,
      });
      await dataSource.initialize();
      dataSources.push(dataSource);
      await platform.migrate(dataSource);
    }
    // The gateway's fair-use table, made by the owner: the gateway connects without CREATE.
    await migrateGateway(platform.environment().GATEWAY_DATABASE_URL ?? url);
    if (seed) {
      for (const [index, { name }] of platform.SUBGRAPHS.entries()) {
        await subgraphModule(name, 'demo.js')[seeds[name]](dataSources[index]);
      }
    }
  } finally {
    for (const dataSource of dataSources) await dataSource.destroy();
  }
}

/**
 * Every subgraph's analytics rollups counted again from its facts (its dist/rollups.js), after
 * a bulk load that bypassed the services: answers { subgraph: { table: rows } }.
 */
export async function rebuildRollups(url) {
  const counts = {};
  for (const { name } of platform.SUBGRAPHS) {
    if (!existsSync(path.join(root, 'services', name, 'dist', 'rollups.js'))) continue;
    const { entities, migrations } = subgraphModule(name, 'database.js');
    const dataSource = platform.createSubgraphDataSource({
      subgraph: name,
      url: platform.environment().databaseUrlFor(name) ?? url,
      entities,
      migrations,
    });
    await dataSource.initialize();
    try {
      counts[name] = await subgraphModule(name, 'rollups.js').rebuildRollups(dataSource);
    } finally {
      await dataSource.destroy();
    }
  }
  return counts;
}
