import { randomUUID } from 'node:crypto';
import { IsNull, MoreThan, Not, type DataSource, type EntityManager } from 'typeorm';
import { environment, forbidden, refused, type Principal, type UserError } from '@portal/platform';
import { User } from '../entities/user.entity';
import { Organization } from '../entities/organization.entity';
import { TotpCredential } from '../entities/totp-credential.entity';
import { RecoveryCode } from '../entities/recovery-code.entity';
import { SecondFactorChallenge } from '../entities/second-factor-challenge.entity';
import { SignInPolicy } from '../entities/sign-in-policy.entity';
import { SignInAttempt } from '../entities/sign-in-attempt.entity';
import { Passkey } from '../entities/passkey.entity';
import type { AuthPayload } from './session.service';
import { randomToken, sha256 } from './secrets';
import { keyedHash, needsReseal, open, seal } from './secret-box';
import { spendAttempt } from './throttle';
import { audit } from './audit';
import {
  acceptedStep,
  newRecoveryCodes,
  newTotpSecret,
  normaliseCode,
  otpauthUri,
  qrCodeSvg,
} from './totp';

const CHALLENGE_MINUTES = 5;
/** Wrong codes allowed per user, and per client address, in throttle.ts's window (an hour). */
const CODES_PER_USER = 10;
const CODES_PER_ADDRESS = 100;
const TOTP_PURPOSE = 'totp-secret';
const RECOVERY_PURPOSE = 'recovery-code';

export interface SecondFactorChallengeView {
  challenge: string;
  methods: ('TOTP' | 'RECOVERY_CODE' | 'PASSKEY')[];
  enrolmentRequired: boolean;
  expiresAt: Date;
}

const NO_SESSION = { session: null, accessToken: null, refreshToken: null };
const NO_ENROLMENT = { otpauthUri: null, secret: null, qrCodeSvg: null };
const NO_CONFIRMATION = { recoveryCodes: null, signIn: null };
const INVALID_CHALLENGE = 'This sign-in has expired. Sign in again.';
const INVALID_CODE = 'The code is not right. Check the app (or the recovery code) and try again.';
const TOO_MANY = 'Too many wrong codes. Wait an hour and try again.';

/** Authenticator apps (TOTP), recovery codes and the step-up at sign-in. */
export class SecondFactorService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principal: Principal,
    private readonly openSession: (manager: EntityManager, user: User) => Promise<AuthPayload>,
    private readonly clientAddress: string,
  ) {}

  /** After the password (or an e-mail token): the challenge still due, or null for none. */
  async challengeFor(
    manager: EntityManager,
    user: User,
  ): Promise<SecondFactorChallengeView | null> {
    const totp = await isEnrolled(manager, user.id);
    const passkey = await manager.exists(Passkey, { where: { userId: user.id } });
    const enrolled = totp || passkey;
    if (!enrolled && !(await requiresSecondFactor(manager, user))) return null;
    const challenge = randomToken();
    const expiresAt = new Date(Date.now() + CHALLENGE_MINUTES * 60_000);
    await manager.insert(SecondFactorChallenge, {
      id: randomUUID(),
      tokenHash: sha256(challenge),
      userId: user.id,
      expiresAt,
      usedAt: null,
    });
    return {
      challenge,
      methods: [
        ...(totp ? (['TOTP', 'RECOVERY_CODE'] as const) : []),
        ...(passkey ? (['PASSKEY'] as const) : []),
      ],
      enrolmentRequired: !enrolled,
      expiresAt,
    };
  }

  /** Completes a sign-in with an app code or an unused recovery code. */
  async verify(challenge: string, code: string): Promise<AuthPayload> {
    const pending = await this.pending(challenge);
    if (!pending) return refused('INVALID_CHALLENGE', null, INVALID_CHALLENGE, NO_SESSION);
    if (!(await this.spend(pending.userId))) {
      return refused('TOO_MANY_ATTEMPTS', ['code'], TOO_MANY, NO_SESSION);
    }
    return this.dataSource.transaction(async (manager) => {
      const user = await this.claimChallenge(manager, pending.id);
      if (!user) return refused('INVALID_CHALLENGE', null, INVALID_CHALLENGE, NO_SESSION);
      if (!(await this.checkCode(manager, user.id, code))) {
        return refused('INVALID_CODE', ['code'], INVALID_CODE, NO_SESSION);
      }
      await manager.update(SecondFactorChallenge, pending.id, { usedAt: new Date() });
      await manager.delete(SignInAttempt, { key: userKey(user.id) });
      return this.openSession(manager, user);
    });
  }

  /** A new (not yet active) secret for the signed-in user or the user a challenge names. */
  async beginEnrolment(challenge: string | null | undefined) {
    const userId = await this.enrollingUser(challenge);
    if (!userId) return refused('INVALID_CHALLENGE', null, INVALID_CHALLENGE, NO_ENROLMENT);
    return this.dataSource.transaction(async (manager) => {
      const user = await manager.findOneByOrFail(User, { id: userId });
      if (await isEnrolled(manager, userId)) {
        return refused(
          'ALREADY_ENROLLED',
          null,
          'An authenticator app is already set up.',
          NO_ENROLMENT,
        );
      }
      const secret = newTotpSecret();
      await manager.upsert(
        TotpCredential,
        {
          userId,
          secretEncrypted: seal(TOTP_PURPOSE, secret),
          confirmedAt: null,
          lastUsedStep: null,
        },
        ['userId'],
      );
      const uri = otpauthUri(secret, user.email);
      return { otpauthUri: uri, secret, qrCodeSvg: await qrCodeSvg(uri), userErrors: [] };
    });
  }

  /** Turns the app on with its first code; during sign-in, also opens the session. */
  async confirmEnrolment(code: string, challenge: string | null | undefined) {
    const userId = await this.enrollingUser(challenge);
    if (!userId) return refused('INVALID_CHALLENGE', null, INVALID_CHALLENGE, NO_CONFIRMATION);
    if (!(await this.spend(userId))) {
      return refused('TOO_MANY_ATTEMPTS', ['code'], TOO_MANY, NO_CONFIRMATION);
    }
    return this.dataSource.transaction(async (manager) => {
      const credential = await manager.findOne(TotpCredential, {
        where: { userId, confirmedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!credential) {
        return refused('NOT_STARTED', null, 'Start setting up the app again.', NO_CONFIRMATION);
      }
      const step = acceptedStep(open(TOTP_PURPOSE, credential.secretEncrypted), code.trim(), null);
      if (step === null) return refused('INVALID_CODE', ['code'], INVALID_CODE, NO_CONFIRMATION);
      await manager.update(TotpCredential, userId, {
        confirmedAt: new Date(),
        lastUsedStep: String(step),
      });
      const recoveryCodes = await replaceRecoveryCodes(manager, userId);
      const user = await manager.findOneByOrFail(User, { id: userId });
      await audit(manager, this.principal, 'two-factor.enrolled', {
        userId,
        organizationId: user.organizationId,
      });
      await manager.delete(SignInAttempt, { key: userKey(userId) });
      const signIn = challenge ? await this.finishChallenge(manager, challenge, user) : null;
      return { recoveryCodes, signIn, userErrors: [] as UserError[] };
    });
  }

  /** Turns the signed-in user's app off, unless a policy requires a second factor. */
  async remove(code: string) {
    const userId = this.signedInUserId();
    const user = await this.dataSource.getRepository(User).findOneByOrFail({ id: userId });
    if (await requiresSecondFactor(this.dataSource.manager, user)) {
      return refused(
        'TWO_FACTOR_REQUIRED',
        null,
        'Your organisation requires a second factor; it cannot be turned off.',
        { user: null },
      );
    }
    if (!(await this.spend(userId)))
      return refused('TOO_MANY_ATTEMPTS', ['code'], TOO_MANY, { user: null });
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.checkCode(manager, userId, code))) {
        return refused('INVALID_CODE', ['code'], INVALID_CODE, { user: null });
      }
      await manager.delete(TotpCredential, { userId });
      await manager.delete(RecoveryCode, { userId });
      await audit(manager, this.principal, 'two-factor.removed', {
        userId,
        organizationId: user.organizationId,
      });
      return { user, userErrors: [] as UserError[] };
    });
  }

  /**
   * Ten new recovery codes for the signed-in user; the old ones stop working. Like turning the
   * app off, it needs a current app code (or an unused recovery code) as proof.
   */
  async regenerateRecoveryCodes(code: string) {
    const userId = this.signedInUserId();
    if (!(await isEnrolled(this.dataSource.manager, userId))) {
      return refused(
        'NOT_ENROLLED',
        null,
        'Set up an authenticator app first; recovery codes come with it.',
        { recoveryCodes: null },
      );
    }
    if (!(await this.spend(userId)))
      return refused('TOO_MANY_ATTEMPTS', ['code'], TOO_MANY, { recoveryCodes: null });
    return this.dataSource.transaction(async (manager) => {
      if (!(await this.checkCode(manager, userId, code))) {
        return refused('INVALID_CODE', ['code'], INVALID_CODE, { recoveryCodes: null });
      }
      const recoveryCodes = await replaceRecoveryCodes(manager, userId);
      const user = await manager.findOneByOrFail(User, { id: userId });
      await audit(manager, this.principal, 'two-factor.recovery-codes-regenerated', {
        userId,
        organizationId: user.organizationId,
      });
      await manager.delete(SignInAttempt, { key: userKey(userId) });
      return { recoveryCodes, userErrors: [] as UserError[] };
    });
  }

  /** Administrator: the organisation's users must use a second factor from their next sign-in. */
  async setOrganizationRequired(required: boolean) {
    this.principal.requireSignedIn();
    const organizationId = this.principal.organizationId;
    if (
      this.principal.claims.kind !== 'user' ||
      !organizationId ||
      this.principal.accountsWhere('ADMINISTRATOR').length === 0
    ) {
      throw forbidden();
    }
    return this.dataSource.transaction(async (manager) => {
      await manager.upsert(SignInPolicy, { organizationId, twoFactorRequired: required }, [
        'organizationId',
      ]);
      await audit(
        manager,
        this.principal,
        'organization.two-factor-required',
        { organizationId },
        {
          required,
        },
      );
      const organization = await manager.findOneByOrFail(Organization, { id: organizationId });
      return { organization, userErrors: [] as UserError[] };
    });
  }

  isEnabled(user: User): Promise<boolean> {
    return isEnrolled(this.dataSource.manager, user.id);
  }

  async isRequiredFor(organization: Organization): Promise<boolean> {
    const policy = await this.dataSource
      .getRepository(SignInPolicy)
      .findOneBy({ organizationId: organization.id });
    return policy?.twoFactorRequired ?? false;
  }

  /** Completes a live challenge that a passkey answered; false when it is gone. */
  async complete(manager: EntityManager, id: string): Promise<boolean> {
    const user = await this.claimChallenge(manager, id);
    if (!user) return false;
    await manager.update(SecondFactorChallenge, id, { usedAt: new Date() });
    await manager.delete(SignInAttempt, { key: userKey(user.id) });
    return true;
  }

  /** A live challenge (not used, not expired). */
  pending(challenge: string | null | undefined) {
    if (!challenge || challenge.length > 200) return Promise.resolve(null);
    return this.dataSource.getRepository(SecondFactorChallenge).findOneBy({
      tokenHash: sha256(challenge),
      usedAt: IsNull(),
      expiresAt: MoreThan(new Date()),
    });
  }

  /** Locks a live challenge; its user when still active. */
  private async claimChallenge(manager: EntityManager, id: string): Promise<User | null> {
    const row = await manager.findOne(SecondFactorChallenge, {
      where: { id, usedAt: IsNull(), expiresAt: MoreThan(new Date()) },
      lock: { mode: 'pessimistic_write' },
    });
    return row ? manager.findOneBy(User, { id: row.userId, status: 'ACTIVE' }) : null;
  }

  private async finishChallenge(manager: EntityManager, challenge: string, user: User) {
    const pending = await this.pending(challenge);
    if (!pending || !(await this.claimChallenge(manager, pending.id))) return null;
    await manager.update(SecondFactorChallenge, pending.id, { usedAt: new Date() });
    return this.openSession(manager, user);
  }

  /** With a challenge, its user (enrolment during sign-in); without, the signed-in user. */
  private async enrollingUser(challenge: string | null | undefined): Promise<string | null> {
    if (challenge === null || challenge === undefined) return this.signedInUserId();
    const userId = (await this.pending(challenge))?.userId;
    if (!userId) return null;
    // Only a user with no second factor yet enrols on the password alone; anyone else must
    // first pass the factor it has (else a new app would step around a passkey).
    const manager = this.dataSource.manager;
    const hasFactor =
      (await isEnrolled(manager, userId)) || (await manager.exists(Passkey, { where: { userId } }));
    return hasFactor ? null : userId;
  }

  private signedInUserId(): string {
    this.principal.requireSignedIn();
    const { kind, id } = this.principal.claims;
    if (kind !== 'user' || !id) throw forbidden();
    return id;
  }

  /** An app code (once per time step) or an unused recovery code, which is used up. */
  private async checkCode(manager: EntityManager, userId: string, given: string) {
    const code = normaliseCode(given);
    if (/^\d{6}$/.test(code)) {
      const credential = await manager.findOne(TotpCredential, {
        where: { userId },
        lock: { mode: 'pessimistic_write' },
      });
      if (!credential?.confirmedAt) return false;
      const last = credential.lastUsedStep === null ? null : Number(credential.lastUsedStep);
      const step = acceptedStep(open(TOTP_PURPOSE, credential.secretEncrypted), code, last);
      if (step === null) return false;
      await manager.update(TotpCredential, userId, {
        lastUsedStep: String(step),
        // After a key rotation each secret moves to the current key the next time it is used.
        ...(needsReseal(credential.secretEncrypted)
          ? { secretEncrypted: seal(TOTP_PURPOSE, open(TOTP_PURPOSE, credential.secretEncrypted)) }
          : {}),
      });
      return true;
    }
    if (code.length !== 10) return false;
    const used = await manager.update(
      RecoveryCode,
      { userId, codeHash: recoveryHash(userId, code), usedAt: IsNull() },
      { usedAt: new Date() },
    );
    return (used.affected ?? 0) === 1;
  }

  private spend(userId: string): Promise<boolean> {
    return spendAttempt(this.dataSource, [
      { key: userKey(userId), max: CODES_PER_USER },
      { key: `second-factor-address:${this.clientAddress}`, max: CODES_PER_ADDRESS },
    ]);
  }
}

function userKey(userId: string): string {
  return `second-factor:${userId}`;
}

function recoveryHash(userId: string, normalised: string): string {
  return keyedHash(RECOVERY_PURPOSE, `${userId}:${normalised}`);
}

async function isEnrolled(manager: EntityManager, userId: string): Promise<boolean> {
  return manager.exists(TotpCredential, { where: { userId, confirmedAt: Not(IsNull()) } });
}

/** Staff in production mode, and users of organisations that require it. */
export function secondFactorRequired(
  user: Pick<User, 'staffRole' | 'organizationId'>,
  organizationRequires: boolean,
  mode: string,
): boolean {
  if (user.staffRole) return mode === 'production';
  return Boolean(user.organizationId) && organizationRequires;
}

async function requiresSecondFactor(manager: EntityManager, user: User): Promise<boolean> {
  const policy = user.organizationId
    ? await manager.findOneBy(SignInPolicy, { organizationId: user.organizationId })
    : null;
  return secondFactorRequired(user, policy?.twoFactorRequired ?? false, environment().PORTAL_MODE);
}

async function replaceRecoveryCodes(manager: EntityManager, userId: string): Promise<string[]> {
  const codes = newRecoveryCodes();
  await manager.delete(RecoveryCode, { userId });
  await manager.insert(
    RecoveryCode,
    codes.map((code) => ({
      id: randomUUID(),
      userId,
      codeHash: recoveryHash(userId, normaliseCode(code)),
      usedAt: null,
    })),
  );
  return codes;
}
