import { useState } from 'react';
import { useMutation } from 'urql';
import type { UserRowFragment } from '../../__generated__/graphql';
import { useI18n } from '../../i18n/i18n';
import type { UserErrorLike } from '../../i18n/user-errors';
import {
  EnableUserDocument,
  ResendInvitationDocument,
  RevokeInvitationDocument,
} from './lifecycle-documents';

interface Outcome {
  data?: { [field: string]: { userErrors: readonly UserErrorLike[] } | undefined } | null;
  error?: unknown;
}

/**
 * An invitation not accepted yet: send it again or withdraw it; a disabled user: enable it.
 * `run` is the panel's: it shows the refusal or the success.
 */
export function LifecycleActions({
  user,
  run,
  onRevoked,
}: {
  user: UserRowFragment;
  run(action: Promise<Outcome>, success: string): Promise<void>;
  onRevoked(message: string): void;
}) {
  const { m } = useI18n();
  const t = m.accounts.invitations;
  const [confirmRevoke, setConfirmRevoke] = useState(false);
  const [, resend] = useMutation(ResendInvitationDocument);
  const [, revoke] = useMutation(RevokeInvitationDocument);
  const [, enable] = useMutation(EnableUserDocument);
  async function withdraw() {
    const outcome = await revoke({ userId: user.id });
    if (outcome.data?.revokeInvitation.userErrors.length === 0) onRevoked(t.revoked(user.name));
    else await run(Promise.resolve(outcome), '');
  }

  if (user.status === 'DISABLED')
    return (
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void run(enable({ userId: user.id }), t.enabled(user.name))}
      >
        {t.enable}
      </button>
    );
  if (!user.invitationPending) return null;
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        onClick={() => void run(resend({ userId: user.id }), t.resent(user.email))}
      >
        {t.resend}
      </button>
      {confirmRevoke ? (
        <>
          <span role="alert">{t.revokeConfirm(user.name)}</span>
          <button type="button" className="button button--danger" onClick={() => void withdraw()}>
            {t.revokeYes}
          </button>
          <button
            type="button"
            className="button button--secondary"
            onClick={() => setConfirmRevoke(false)}
          >
            {m.common.cancel}
          </button>
        </>
      ) : (
        <button
          type="button"
          className="button button--danger"
          onClick={() => setConfirmRevoke(true)}
        >
          {t.revoke}
        </button>
      )}
    </>
  );
}
