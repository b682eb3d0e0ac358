/**
 * `npm run bench:recovery`: does a recovery path answer an existing e-mail and an unknown one in
 * comparable time? For forgot-password, resending the confirmation and single sign-on discovery,
 * 50 requests each for e-mails that have a user and 50 for e-mails that do not, interleaved, each
 * from its own client address (so no throttle answers instead) and each for an e-mail of its own
 * (so no per-user limit does). Straight to identity, as the gateway sends them: the gateway's own
 * time is the same for both. Prints median and p95; asserts only that the answers are the same.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { startTestSystem, type TestSystem } from '@portal/testkit';
import { fromAddress } from '@portal/testkit/client-address';
import { startTestProvider, type TestProvider } from '@portal/testkit/oidc';

const RUNS = Number(process.env.BENCH_RUNS ?? 50);
/** A pause before each request: the mail work an existing e-mail set off does not spill over. */
const PAUSE_MS = Number(process.env.BENCH_PAUSE_MS ?? 100);

let system: TestSystem;
let provider: TestProvider;
beforeAll(async () => {
  [system, provider] = await Promise.all([
    startTestSystem({ deliverEvents: false }),
    startTestProvider([
      {
        client_id: 'portal',
        client_secret: 'bench-secret',
        redirect_uris: ['http://localhost:4000/sign-in/sso'],
      },
    ]),
  ]);
}, 120_000);
afterAll(async () => {
  await Promise.all([system?.stop(), provider?.stop()]);
});

let addresses = 0;
const freshAddress = () => `198.18.${Math.floor(++addresses / 250)}.${addresses % 250}`;

/** Users of Nordisk Print made for the run: `status` decides which path has work to do. */
async function makeUsers(
  prefix: string,
  status: 'ACTIVE' | 'PENDING_CONFIRMATION',
): Promise<string[]> {
  const emails = Array.from({ length: RUNS }, (_, i) => `${prefix}.${i}@nordiskprint.example`);
  await system.identity.dataSource.query(
    `INSERT INTO identity.app_user (id, organization_id, email, name, password_hash, status, language, email_confirmed_at)
     SELECT u.id, a.organization_id, u.email, 'Bench user', a.password_hash, $3,
            'da', CASE WHEN $3 = 'ACTIVE' THEN now() END
       FROM unnest($1::uuid[], $2::text[]) AS u(id, email),
            (SELECT organization_id, password_hash FROM identity.app_user
              WHERE email = 'anna.admin@nordiskprint.example') a`,
    [emails.map(() => randomUUID()), emails, status],
  );
  return emails;
}

interface Figures {
  median: number;
  p95: number;
}
const percentile = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;

async function measure(
  path: string,
  query: string,
  existing: string[],
  unknown: string[],
): Promise<{ existing: Figures; unknown: Figures }> {
  const times = { existing: [] as number[], unknown: [] as number[] };
  const answers = new Set<string>();
  for (let i = 0; i < RUNS; i++) {
    const pair = [
      ['existing', existing[i]!],
      ['unknown', unknown[i]!],
    ] as const;
    for (const [kind, email] of i % 2 ? [...pair].reverse() : pair) {
      await sleep(PAUSE_MS);
      const started = performance.now();
      const answer = await fromAddress<Record<string, unknown>>(system, freshAddress(), query, {
        email,
      });
      times[kind].push(performance.now() - started);
      // The authorisation URL differs in its random state, nonce and challenge only.
      answers.add(
        JSON.stringify(answer)
          .replace(/(state|nonce|code_challenge)=[\w-]+/g, '$1=…')
          .replace(/login_hint=[^&"]+/, 'login_hint=…'),
      );
    }
  }
  const figures = {
    existing: { median: percentile(times.existing, 0.5), p95: percentile(times.existing, 0.95) },
    unknown: { median: percentile(times.unknown, 0.5), p95: percentile(times.unknown, 0.95) },
  };
  process.stdout.write(
    `${path.padEnd(22)} existing median ${figures.existing.median.toFixed(1)} ms, p95 ${figures.existing.p95.toFixed(1)} ms | unknown median ${figures.unknown.median.toFixed(1)} ms, p95 ${figures.unknown.p95.toFixed(1)} ms (${RUNS} each)\n`,
  );
  expect([...answers]).toHaveLength(1);
  return figures;
}

const unknownEmails = (prefix: string) =>
  Array.from(
    { length: RUNS },
    (_, i) => `${prefix}.${i}.${randomUUID().slice(0, 8)}@nordiskprint.example`,
  );

describe('recovery paths: existing and unknown e-mails', () => {
  it('forgot password', async () => {
    const existing = await makeUsers('bench.reset', 'ACTIVE');
    await measure(
      'requestPasswordReset',
      `mutation ($email: String!) { requestPasswordReset(email: $email) }`,
      existing,
      unknownEmails('nobody.reset'),
    );
  });

  it('resend confirmation', async () => {
    const existing = await makeUsers('bench.confirm', 'PENDING_CONFIRMATION');
    await measure(
      'resendConfirmation',
      `mutation ($email: String!) { resendConfirmation(email: $email) }`,
      existing,
      unknownEmails('nobody.confirm'),
    );
  });

  it('single sign-on discovery', async () => {
    const admin = await system.signIn('anna.admin@nordiskprint.example');
    await system.graphql(
      `mutation ($input: SingleSignOnInput!) { configureSingleSignOn(input: $input) { userErrors { code } } }`,
      {
        input: {
          issuer: provider.issuer,
          clientId: 'portal',
          clientSecret: 'bench-secret',
          domains: ['nordiskprint.example'],
          passwordsDisabled: false,
        },
      },
      { token: admin },
    );
    const existing = await makeUsers('bench.sso', 'ACTIVE');
    await measure(
      'beginSingleSignOn',
      `mutation ($email: String!) { beginSingleSignOn(email: $email) { authorizationUrl userErrors { code } } }`,
      existing,
      unknownEmails('nobody.sso'),
    );
  });
});
