import { secondFactorRequired } from '../src/domain/second-factor.service';
import { acceptedStep, currentCode, newRecoveryCodes, newTotpSecret } from '../src/domain/totp';
import { open, seal } from '../src/domain/secret-box';

const staff = { staffRole: 'SERVICE_AGENT' as const, organizationId: null };
const customer = { staffRole: null, organizationId: '6f1c5d0e-0000-4000-8000-000000000001' };

describe('who must use a second factor', () => {
  it('requires it of staff in production mode, whatever any organisation says', () => {
    expect(secondFactorRequired(staff, false, 'production')).toBe(true);
    expect(secondFactorRequired(staff, false, 'demo')).toBe(false);
    expect(secondFactorRequired(staff, false, 'development')).toBe(false);
  });

  it('requires it of a customer only when the organisation does, in every mode', () => {
    expect(secondFactorRequired(customer, true, 'demo')).toBe(true);
    expect(secondFactorRequired(customer, false, 'production')).toBe(false);
  });
});

describe('authenticator app codes', () => {
  const secret = newTotpSecret();
  const now = Date.UTC(2026, 11, 1, 12, 0, 10);
  const step = Math.floor(now / 30_000);

  it('accepts the code of this step and one either side, never the same step twice', () => {
    expect(acceptedStep(secret, currentCode(secret, now), null, now)).toBe(step);
    expect(acceptedStep(secret, currentCode(secret, now - 30_000), null, now)).toBe(step - 1);
    expect(acceptedStep(secret, currentCode(secret, now + 30_000), null, now)).toBe(step + 1);
    expect(acceptedStep(secret, currentCode(secret, now - 60_000), null, now)).toBeNull();
    expect(acceptedStep(secret, currentCode(secret, now), step, now)).toBeNull();
    expect(acceptedStep(secret, 'abcdef', null, now)).toBeNull();
  });

  it('hands out ten distinct recovery codes of 50 random bits', () => {
    const codes = newRecoveryCodes();
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-km-np-z2-9]{5}-[a-km-np-z2-9]{5}$/);
  });

  it('keeps secrets sealed: bound to their purpose, tampering detected', () => {
    const sealed = seal('totp-secret', secret);
    expect(sealed).not.toContain(secret);
    expect(open('totp-secret', sealed)).toBe(secret);
    expect(() => open('other-purpose', sealed)).toThrow();
    const [v, id, iv, tag, body] = sealed.split('.');
    const flipped = Buffer.from(body!, 'base64url');
    flipped[0] = flipped[0]! ^ 1;
    expect(() =>
      open('totp-secret', [v, id, iv, tag, flipped.toString('base64url')].join('.')),
    ).toThrow();
  });
});

describe("identity's encryption key", () => {
  /** secret-box.ts and the environment it reads, loaded afresh under these variables. */
  function boxWith(variables: Record<string, string | undefined>) {
    const saved = { ...process.env };
    Object.assign(process.env, variables);
    for (const [name, value] of Object.entries(variables))
      if (value === undefined) delete process.env[name];
    try {
      let box!: typeof import('../src/domain/secret-box');
      jest.isolateModules(() => {
        box = jest.requireActual('../src/domain/secret-box');
        // Parsed now, while the variables are set (the environment is read once).
        jest.requireActual<typeof import('@portal/platform')>('@portal/platform').environment();
      });
      return box;
    } finally {
      process.env = saved;
    }
  }
  const key = (c: string) => c.repeat(43);

  it('is not the token secret: rotating the token secret keeps TOTP secrets readable', () => {
    const before = boxWith({ PORTAL_ENCRYPTION_KEY: key('a'), PORTAL_TOKEN_SECRET: key('t') });
    const sealed = before.seal('totp-secret', 'JBSWY3DPEHPK3PXP');
    const after = boxWith({ PORTAL_ENCRYPTION_KEY: key('a'), PORTAL_TOKEN_SECRET: key('u') });
    expect(after.open('totp-secret', sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(after.needsReseal(sealed)).toBe(false);
  });

  it('rotates: the previous key still opens old values, which then want re-sealing', () => {
    const old = boxWith({ PORTAL_ENCRYPTION_KEY: key('a') });
    const sealed = old.seal('totp-secret', 'JBSWY3DPEHPK3PXP');
    const rotated = boxWith({
      PORTAL_ENCRYPTION_KEY: key('b'),
      PORTAL_ENCRYPTION_KEY_PREVIOUS: key('a'),
    });
    expect(rotated.open('totp-secret', sealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(rotated.needsReseal(sealed)).toBe(true);
    const resealed = rotated.seal('totp-secret', rotated.open('totp-secret', sealed));
    expect(rotated.needsReseal(resealed)).toBe(false);
    // Once the previous key is dropped, only what was re-sealed opens.
    const dropped = boxWith({
      PORTAL_ENCRYPTION_KEY: key('b'),
      PORTAL_ENCRYPTION_KEY_PREVIOUS: undefined,
    });
    expect(dropped.open('totp-secret', resealed)).toBe('JBSWY3DPEHPK3PXP');
    expect(() => dropped.open('totp-secret', sealed)).toThrow(/no longer configured/);
  });
});
