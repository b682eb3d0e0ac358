import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { FormAlert, TextField } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';

const BeginTotpEnrolmentDocument = graphql(`
  mutation BeginTotpEnrolment($challenge: String) {
    beginTotpEnrolment(challenge: $challenge) {
      otpauthUri
      secret
      qrCodeSvg
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const ConfirmTotpEnrolmentDocument = graphql(`
  mutation ConfirmTotpEnrolment($code: String!, $challenge: String) {
    confirmTotpEnrolment(code: $code, challenge: $challenge) {
      recoveryCodes
      signIn {
        session {
          expiresAt
        }
        userErrors {
          ...UserErrorFields
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** A refusal in the user's language (the server's English sentence for a code we do not know). */
export function useTwoFactorError() {
  const { m } = useI18n();
  return (error: { code: string; message: string }) =>
    m.twoFactor.errors[error.code] ?? error.message;
}

interface Secret {
  secret: string;
  qrCodeSvg: string;
}

/**
 * Sets up an authenticator app: QR code and key, a first code, then the recovery codes. With a
 * sign-in's challenge, `onDone` gets the new session's expiry.
 */
export function TotpEnrolment({
  challenge,
  onDone,
}: {
  challenge?: string;
  onDone(expiresAt: string | null): void;
}) {
  const { m } = useI18n();
  const t = m.twoFactor;
  const describe = useTwoFactorError();
  const [pending, setPending] = useState<Secret | null>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [recovery, setRecovery] = useState<{ codes: string[]; expiresAt: string | null } | null>(
    null,
  );
  const [begun, begin] = useMutation(BeginTotpEnrolmentDocument);
  const [confirmed, confirm] = useMutation(ConfirmTotpEnrolmentDocument);

  async function start() {
    const payload = (await begin({ challenge: challenge ?? null })).data?.beginTotpEnrolment;
    if (!payload) return setErrors([m.common.serverError]);
    setErrors(payload.userErrors.map(describe));
    if (payload.secret && payload.qrCodeSvg)
      setPending({ secret: payload.secret, qrCodeSvg: payload.qrCodeSvg });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const result = await confirm({ code: code.trim(), challenge: challenge ?? null });
    const payload = result.data?.confirmTotpEnrolment;
    if (!payload) return setErrors([m.common.serverError]);
    setErrors(payload.userErrors.map(describe));
    if (payload.recoveryCodes) {
      setRecovery({
        codes: payload.recoveryCodes,
        expiresAt: payload.signIn?.session?.expiresAt ?? null,
      });
    }
  }

  if (recovery)
    return <RecoveryCodes codes={recovery.codes} onDone={() => onDone(recovery.expiresAt)} />;
  if (!pending) {
    return (
      <>
        <FormAlert messages={errors} />
        <button
          type="button"
          className="button"
          disabled={begun.fetching}
          onClick={() => void start()}
        >
          {t.start}
        </button>
      </>
    );
  }
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="panel">
      <p>{t.scan}</p>
      {/* SVG markup from the server's QR encoder: no script, no image request for the CSP. */}
      <div
        className="qr-code"
        role="img"
        aria-label={t.qrLabel}
        dangerouslySetInnerHTML={{ __html: pending.qrCodeSvg }}
      />
      <p>
        {t.key}: <code data-testid="totp-secret">{pending.secret}</code>
      </p>
      <FormAlert messages={errors} />
      <TextField
        label={t.code}
        hint={t.codeHint}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <button type="submit" className="button" disabled={confirmed.fetching}>
        {t.confirm}
      </button>
    </form>
  );
}

export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone(): void }) {
  const { m } = useI18n();
  return (
    <section className="panel" aria-labelledby="recovery-codes">
      <h2 id="recovery-codes">{m.twoFactor.recoveryTitle}</h2>
      <p>{m.twoFactor.recoveryIntro}</p>
      <ol className="recovery-codes" data-testid="recovery-codes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <button type="button" className="button" onClick={onDone}>
        {m.twoFactor.recoveryDone}
      </button>
    </section>
  );
}
