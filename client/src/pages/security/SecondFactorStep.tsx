import { useRef, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../__generated__';
import { useSession } from '../../app/session';
import { FormAlert, Notice, TextField, useFocusFirstInvalid } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { TotpEnrolment, useTwoFactorError } from './TotpEnrolment';
import { usePasskeySignIn } from './passkey-ceremonies';

const VerifySecondFactorDocument = graphql(`
  mutation VerifySecondFactor($challenge: String!, $code: String!) {
    verifySecondFactor(challenge: $challenge, code: $code) {
      session {
        expiresAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

export interface Challenge {
  challenge: string;
  methods: readonly string[];
  enrolmentRequired: boolean;
}

/** After a right password: the app code (or a recovery code), or enrolment when required. */
export function SecondFactorStep({
  challenge,
  onExpired,
  onSignedIn,
}: {
  challenge: Challenge;
  onExpired(): void;
  /** After the session is open (the sign-in page moves on by itself). */
  onSignedIn?(): void;
}) {
  const { m } = useI18n();
  const t = m.twoFactor;
  const { signedIn } = useSession();
  const describe = useTwoFactorError();
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [general, setGeneral] = useState<string[]>([]);
  const [result, verify] = useMutation(VerifySecondFactorDocument);
  const passkeySignIn = usePasskeySignIn();
  const done = async (expiresAt: string) => {
    await signedIn(expiresAt);
    onSignedIn?.();
  };
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, error);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const payload = (await verify({ challenge: challenge.challenge, code: code.trim() })).data
      ?.verifySecondFactor;
    if (!payload) return setGeneral([m.common.serverError]);
    if (payload.session) return done(payload.session.expiresAt);
    if (payload.userErrors.some((e) => e.code === 'INVALID_CHALLENGE')) return onExpired();
    const onField = payload.userErrors.filter((e) => e.field?.includes('code'));
    setError(onField.map(describe).join(' ') || undefined);
    setGeneral(payload.userErrors.filter((e) => !onField.includes(e)).map(describe));
  }

  async function withPasskey() {
    const outcome = await passkeySignIn(challenge.challenge);
    if ('done' in outcome) return done(outcome.done);
    if ('refused' in outcome) setGeneral([t.passkeyFailed]);
  }

  if (challenge.enrolmentRequired) {
    return (
      <>
        <Notice>{t.enrolRequired}</Notice>
        <TotpEnrolment
          challenge={challenge.challenge}
          onDone={(expiresAt) => (expiresAt ? void done(expiresAt) : onExpired())}
        />
      </>
    );
  }
  return (
    <form ref={form} onSubmit={(e) => void submit(e)} noValidate>
      <h2>{t.challengeTitle}</h2>
      <p>{t.challengeIntro}</p>
      <FormAlert messages={general} />
      <TextField
        label={t.challengeCode}
        name="code"
        autoComplete="one-time-code"
        required
        autoFocus
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={error}
      />
      <button type="submit" className="button" disabled={result.fetching}>
        {t.verify}
      </button>
      {challenge.methods.includes('PASSKEY') ? (
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void withPasskey()}
        >
          {t.usePasskey}
        </button>
      ) : null}
    </form>
  );
}
