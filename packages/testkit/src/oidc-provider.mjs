// A real OpenID Connect provider (oidc-provider) on loopback for the single sign-on tests, in a
// process of its own (oidc-provider ships only ES modules). Started by oidc.ts:
//   node oidc-provider.mjs '{"clients":[...]}'
// prints {"issuer": "..."} once listening, then takes one JSON command a line on stdin and
// answers each with a line:
//   {"account": "<sub>", "email": "...", "name": "..."}   what the provider says of a subject
//   {"tamper": {"aud": "..."}}  or  {"tamper": {"expired": true}}
//       the next id token it hands out carries that audience, or expired an hour ago; it is
//       signed again with the provider's own key, so only the claim is wrong (a provider that
//       misbehaves, or an attacker replaying another application's or an old token).
// Its login and consent pages are oidc-provider's own development interactions: any password.
import http from 'node:http';
import { createInterface } from 'node:readline';
import { decodeJwt, exportJWK, generateKeyPair, SignJWT } from 'jose';
import Provider from 'oidc-provider';

const { clients } = JSON.parse(process.argv[2] ?? '{}');
const { privateKey } = await generateKeyPair('RS256', { extractable: true });
const signingKey = {
  ...(await exportJWK(privateKey)),
  kid: 'test-signing-key',
  alg: 'RS256',
  use: 'sig',
};

/** sub -> claims; an unknown login is taken as its own e-mail. */
const accounts = new Map();
let tamper = null;

const server = http.createServer();
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const issuer = `http://127.0.0.1:${server.address().port}`;

const provider = new Provider(issuer, {
  clients,
  jwks: { keys: [signingKey] },
  cookies: { keys: ['oidc-test-provider-cookie-key'] },
  // Claims of the requested scopes go into the id token itself, as the big providers do.
  conformIdTokenClaims: false,
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
  findAccount: (_ctx, id) => ({
    accountId: id,
    claims: () => ({ sub: id, ...(accounts.get(id) ?? { email: id, email_verified: true }) }),
  }),
});

provider.use(async (ctx, next) => {
  await next();
  if (ctx.path !== '/token' || !tamper || typeof ctx.body?.id_token !== 'string') return;
  const claims = decodeJwt(ctx.body.id_token);
  const now = Math.floor(Date.now() / 1000);
  if (tamper.aud) claims.aud = tamper.aud;
  if (tamper.expired) Object.assign(claims, { iat: now - 7200, exp: now - 3600 });
  ctx.body = {
    ...ctx.body,
    id_token: await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: signingKey.kid, typ: 'JWT' })
      .sign(privateKey),
  };
  tamper = null;
});

server.on('request', provider.callback());
process.stdout.write(`${JSON.stringify({ issuer })}\n`);

for await (const line of createInterface({ input: process.stdin })) {
  const command = JSON.parse(line);
  if (command.account) {
    accounts.set(command.account, {
      email: command.email,
      email_verified: command.emailVerified ?? true,
      name: command.name,
    });
  }
  if (command.tamper) tamper = command.tamper;
  process.stdout.write('ok\n');
}
// stdin closed: the test is done with the provider.
server.close();
process.exit(0);
