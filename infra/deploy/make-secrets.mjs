// Makes the secrets a deployment needs, once, into files git ignores:
//   infra/deploy/.env            for docker compose (it reads .env beside the compose file)
//   infra/deploy/k8s/secrets/*   for the kustomization's secretGenerator
// An Ed25519 key pair (the gateway signs principals, subgraphs verify), identity's token
// secret, its encryption key (TOTP and SSO client secrets) and the PostgreSQL password. Existing
// files are kept: rerunning changes nothing.
//   node infra/deploy/make-secrets.mjs [--database-host postgres.example:5432] [--out DIR]
// (--out writes the same layout under another folder, e.g. for a test; --registry reads another
// registry of subgraphs than services/platform/src/subgraphs.json, e.g. the scaffold test's.)
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const option = (name) => {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : undefined;
};
const here = path.resolve(option('--out') ?? path.dirname(fileURLToPath(import.meta.url)));
// The registry of subgraphs, read as a file: this runs before anything is built.
const registry =
  option('--registry') ??
  fileURLToPath(new URL('../../services/platform/src/subgraphs.json', import.meta.url));
const SUBGRAPHS = JSON.parse(readFileSync(registry, 'utf8')).map((s) => s.name);
const databaseHost = option('--database-host') ?? 'postgres:5432';

const { privateKey, publicKey } = generateKeyPairSync('ed25519', {
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
  publicKeyEncoding: { type: 'spki', format: 'pem' },
});
const tokenSecret = randomBytes(32).toString('base64url');
const encryptionKey = randomBytes(32).toString('base64url');
const postgresPassword = randomBytes(24).toString('base64url');
const databaseUrl = (name) =>
  `postgres://portal:${postgresPassword}@${databaseHost}/${name.replace(/-/g, '_')}`;
const envName = (name) => `DATABASE_URL_${name.toUpperCase().replace(/-/g, '_')}`;

function write(file, content) {
  if (existsSync(file)) return console.log(`kept    ${path.relative(process.cwd(), file)}`);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content, { mode: 0o600 });
  console.log(`wrote   ${path.relative(process.cwd(), file)}`);
}

const urlsFile = path.join(here, 'k8s', 'secrets', 'database-urls.env');
/** The gateway's URL, with the password of the subgraphs' URLs when they were made before. */
function gatewayUrlLine() {
  const password = existsSync(urlsFile)
    ? /^DATABASE_URL_\w+=postgres:\/\/portal:([^@]+)@/m.exec(readFileSync(urlsFile, 'utf8'))?.[1]
    : undefined;
  const url = databaseUrl('gateway');
  return `GATEWAY_DATABASE_URL=${password ? url.replace(postgresPassword, password) : url}`;
}

// Database URLs from before the gateway had a database get its line (nothing else changes).
if (existsSync(urlsFile) && !/^GATEWAY_DATABASE_URL=/m.test(readFileSync(urlsFile, 'utf8'))) {
  appendFileSync(urlsFile, `${gatewayUrlLine()}\n`);
  console.log(`added   GATEWAY_DATABASE_URL to ${path.relative(process.cwd(), urlsFile)}`);
}

// A .env from before the encryption key existed gets one added (nothing else changes).
const envFile = path.join(here, '.env');
if (existsSync(envFile) && !/^PORTAL_ENCRYPTION_KEY=/m.test(readFileSync(envFile, 'utf8'))) {
  appendFileSync(envFile, `PORTAL_ENCRYPTION_KEY=${encryptionKey}\n`);
  console.log(`added   PORTAL_ENCRYPTION_KEY to ${path.relative(process.cwd(), envFile)}`);
}

// Compose's .env: double-quoted values with \n escapes carry the PEM's line breaks.
const quoted = (value) => `"${value.replace(/\n/g, '\\n')}"`;
write(
  path.join(here, '.env'),
  [
    `PORTAL_PRINCIPAL_PRIVATE_KEY=${quoted(privateKey)}`,
    `PORTAL_PRINCIPAL_PUBLIC_KEY=${quoted(publicKey)}`,
    `PORTAL_TOKEN_SECRET=${tokenSecret}`,
    `PORTAL_ENCRYPTION_KEY=${encryptionKey}`,
    `POSTGRES_PASSWORD=${postgresPassword}`,
    '',
  ].join('\n'),
);

const secrets = path.join(here, 'k8s', 'secrets');
write(path.join(secrets, 'principal-private.pem'), privateKey);
write(path.join(secrets, 'principal-public.pem'), publicKey);
write(path.join(secrets, 'token-secret'), tokenSecret);
write(path.join(secrets, 'encryption-key'), encryptionKey);
// Each subgraph's database, and the gateway's (its fair-use counters).
write(
  urlsFile,
  [...SUBGRAPHS.map((name) => `${envName(name)}=${databaseUrl(name)}`), gatewayUrlLine()].join(
    '\n',
  ) + '\n',
);
