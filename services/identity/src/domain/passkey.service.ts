import { randomUUID } from 'node:crypto';
import { IsNull, MoreThan, type DataSource, type EntityManager } from 'typeorm';
import type { AuthenticationResponseJSON, RegistrationResponseJSON } from '@simplewebauthn/server';
import {
  environment,
  forbidden,
  fromGlobalId,
  refused,
  type Principal,
  type UserError,
} from '@portal/platform';
import { User } from '../entities/user.entity';
import { Passkey } from '../entities/passkey.entity';
import { WebauthnCeremony } from '../entities/webauthn-ceremony.entity';
import type { AuthPayload } from './session.service';
import type { SecondFactorService } from './second-factor.service';
import { spendAttempt } from './throttle';
import { audit } from './audit';

const CEREMONY_MINUTES = 2;
const MAX_RESPONSE_CHARS = 64_000;
/** Passkey sign-ins (not guessable, but each costs a signature check) per address an hour. */
const SIGN_INS_PER_ADDRESS = 200;
const RP_NAME = 'Canon Self-Service';

const NO_SESSION = { session: null, accessToken: null, refreshToken: null };
const NO_OPTIONS = { ceremony: null, options: null };
const FAILED = 'The passkey could not be used. Try again, or sign in another way.';

/**
 * SimpleWebAuthn with its X.509, ASN.1 and CBOR parsers (~290 modules), loaded by the first
 * passkey ceremony: not by every identity process start or test file that never uses one.
 */
const webauthn = () => import('@simplewebauthn/server');

/** Passkeys (WebAuthn): registering them, and signing in with them. */
export class PasskeyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly secondFactor: SecondFactorService,
    private readonly openSession: (manager: EntityManager, user: User) => Promise<AuthPayload>,
    private readonly clientAddress: string,
  ) {}

  /** The signed-in user's passkeys, newest first. */
  list(): Promise<Passkey[]> {
    return this.dataSource
      .getRepository(Passkey)
      .find({ where: { userId: this.signedInUserId() }, order: { createdAt: 'DESC' } });
  }

  async beginRegistration() {
    const userId = this.signedInUserId();
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    const existing = await this.dataSource.getRepository(Passkey).findBy({ userId });
    const { generateRegistrationOptions } = await webauthn();
    const options = await generateRegistrationOptions({
      rpName: RP_NAME,
      rpID: relyingParty().rpID,
      userName: user.email,
      userDisplayName: user.name,
      userID: new TextEncoder().encode(user.id),
      attestationType: 'none',
      excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
      authenticatorSelection: { residentKey: 'required', userVerification: 'preferred' },
    });
    const ceremony = await this.newCeremony('register', options.challenge, userId, null);
    return { ceremony, options: JSON.stringify(options), userErrors: [] as UserError[] };
  }

  async finishRegistration(ceremony: string, response: string, name: string | null | undefined) {
    const userId = this.signedInUserId();
    const given = parse<RegistrationResponseJSON>(response);
    return this.dataSource.transaction(async (manager) => {
      const row = await claimCeremony(manager, ceremony, 'register');
      if (!row || row.userId !== userId || !given) {
        return refused('INVALID_CEREMONY', null, FAILED, { passkey: null });
      }
      const { verifyRegistrationResponse } = await webauthn();
      const result = await verifyRegistrationResponse({
        response: given,
        expectedChallenge: row.challenge,
        expectedOrigin: expectedOrigin(given.response.clientDataJSON),
        expectedRPID: relyingParty().rpID,
        requireUserVerification: false,
      }).catch(() => null);
      if (!result?.verified) return refused('INVALID_RESPONSE', null, FAILED, { passkey: null });
      const { credential } = result.registrationInfo;
      const passkey = manager.create(Passkey, {
        id: randomUUID(),
        userId,
        credentialId: credential.id,
        publicKey: Buffer.from(credential.publicKey),
        counter: String(credential.counter),
        transports: credential.transports ?? [],
        name: name?.trim().slice(0, 100) || 'Passkey',
        lastUsedAt: null,
      });
      await manager.save(passkey);
      await audit(manager, this.principal, 'passkey.registered', { userId });
      return { passkey, userErrors: [] as UserError[] };
    });
  }

  /** Options for a sign-in: passwordless, or, with a password's challenge, its second factor. */
  async beginSignIn(challenge: string | null | undefined) {
    const pending = challenge ? await this.secondFactor.pending(challenge) : null;
    if (challenge && !pending) {
      return refused(
        'INVALID_CHALLENGE',
        null,
        'This sign-in has expired. Sign in again.',
        NO_OPTIONS,
      );
    }
    const allowed = pending
      ? await this.dataSource.getRepository(Passkey).findBy({ userId: pending.userId })
      : [];
    const { generateAuthenticationOptions } = await webauthn();
    const options = await generateAuthenticationOptions({
      rpID: relyingParty().rpID,
      allowCredentials: allowed.map((p) => ({ id: p.credentialId, transports: p.transports })),
      userVerification: pending ? 'preferred' : 'required',
    });
    const ceremony = await this.newCeremony(
      'sign-in',
      options.challenge,
      pending?.userId ?? null,
      pending?.id ?? null,
    );
    return { ceremony, options: JSON.stringify(options), userErrors: [] as UserError[] };
  }

  async finishSignIn(ceremony: string, response: string): Promise<AuthPayload> {
    const spent = await spendAttempt(this.dataSource, [
      { key: `passkey-address:${this.clientAddress}`, max: SIGN_INS_PER_ADDRESS },
    ]);
    if (!spent) {
      return refused('TOO_MANY_ATTEMPTS', null, 'Too many sign-ins. Wait an hour.', NO_SESSION);
    }
    const given = parse<AuthenticationResponseJSON>(response);
    return this.dataSource.transaction(async (manager) => {
      const row = await claimCeremony(manager, ceremony, 'sign-in');
      const passkey = given ? await manager.findOneBy(Passkey, { credentialId: given.id }) : null;
      if (!row || !given || !passkey || (row.userId && row.userId !== passkey.userId)) {
        return refused('INVALID_CREDENTIALS', null, FAILED, NO_SESSION);
      }
      const user = await this.verifiedUser(manager, row, passkey, given);
      if (!user) return refused('INVALID_CREDENTIALS', null, FAILED, NO_SESSION);
      await audit(manager, this.principal, 'passkey.signed-in', {
        userId: user.id,
        organizationId: user.organizationId,
      });
      return this.openSession(manager, user);
    });
  }

  async remove(id: string) {
    const userId = this.signedInUserId();
    const local = fromGlobalId('Passkey', id);
    const passkey = local
      ? await this.dataSource.getRepository(Passkey).findOneBy({ id: local, userId })
      : null;
    if (!passkey) return refused('NOT_FOUND', ['id'], 'No such passkey.', { passkey: null });
    await this.dataSource.transaction(async (manager) => {
      await manager.delete(Passkey, passkey.id);
      await audit(manager, this.principal, 'passkey.removed', { userId });
    });
    return { passkey, userErrors: [] as UserError[] };
  }

  /** The passkey's active user when the signature checks out (and the counter moved on). */
  private async verifiedUser(
    manager: EntityManager,
    row: WebauthnCeremony,
    passkey: Passkey,
    given: AuthenticationResponseJSON,
  ): Promise<User | null> {
    const { verifyAuthenticationResponse } = await webauthn();
    const result = await verifyAuthenticationResponse({
      response: given,
      expectedChallenge: row.challenge,
      expectedOrigin: expectedOrigin(given.response.clientDataJSON),
      expectedRPID: relyingParty().rpID,
      credential: {
        id: passkey.credentialId,
        publicKey: new Uint8Array(passkey.publicKey),
        counter: Number(passkey.counter),
        transports: passkey.transports,
      },
      // Passwordless: the passkey is both factors, so the authenticator must verify the person.
      requireUserVerification: !row.secondFactorChallengeId,
    }).catch(() => null);
    if (!result?.verified) return null;
    if (row.secondFactorChallengeId) {
      if (!(await this.secondFactor.complete(manager, row.secondFactorChallengeId))) return null;
    }
    await manager.update(Passkey, passkey.id, {
      counter: String(result.authenticationInfo.newCounter),
      lastUsedAt: new Date(),
    });
    return manager.findOneBy(User, { id: passkey.userId, status: 'ACTIVE' });
  }

  private async newCeremony(
    kind: WebauthnCeremony['kind'],
    challenge: string,
    userId: string | null,
    secondFactorChallengeId: string | null,
  ): Promise<string> {
    const id = randomUUID();
    await this.dataSource.getRepository(WebauthnCeremony).insert({
      id,
      kind,
      challenge,
      userId,
      secondFactorChallengeId,
      expiresAt: new Date(Date.now() + CEREMONY_MINUTES * 60_000),
      usedAt: null,
    });
    return id;
  }

  private signedInUserId(): string {
    this.principal.requireSignedIn();
    const { kind, id } = this.principal.claims;
    if (kind !== 'user' || !id) throw forbidden();
    return id;
  }
}

/** Marks a live ceremony used (single-use, also when the response then fails). */
async function claimCeremony(
  manager: EntityManager,
  id: string,
  kind: WebauthnCeremony['kind'],
): Promise<WebauthnCeremony | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const row = await manager.findOne(WebauthnCeremony, {
    where: { id, kind, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
    lock: { mode: 'pessimistic_write' },
  });
  if (row) await manager.update(WebauthnCeremony, id, { usedAt: new Date() });
  return row;
}

function parse<T extends { id: string; response: { clientDataJSON: string } }>(
  text: string,
): T | null {
  if (text.length > MAX_RESPONSE_CHARS) return null;
  try {
    const value = JSON.parse(text) as T;
    return typeof value?.id === 'string' && typeof value.response?.clientDataJSON === 'string'
      ? value
      : null;
  } catch {
    return null;
  }
}

/** The portal's public address is the relying party: its host name is the passkeys' scope. */
function relyingParty(): { rpID: string; origin: string } {
  const url = new URL(environment().PORTAL_PUBLIC_URL);
  return { rpID: url.hostname, origin: url.origin };
}

/**
 * The public origin; outside production also http://localhost on any port (a developer's or a
 * test's gateway on an ephemeral port), which browsers treat as a secure context.
 */
function expectedOrigin(clientDataJSON: string): string {
  const { origin } = relyingParty();
  if (environment().PORTAL_MODE === 'production') return origin;
  try {
    const claimed = (
      JSON.parse(Buffer.from(clientDataJSON, 'base64url').toString('utf8')) as { origin?: unknown }
    ).origin;
    return typeof claimed === 'string' && /^http:\/\/localhost:\d{1,5}$/.test(claimed)
      ? claimed
      : origin;
  } catch {
    return origin;
  }
}
