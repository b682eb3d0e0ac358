import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';

/**
 * A new secret, shown this once, with a copy button: a webhook endpoint's signing secret (its
 * url), or another's with its own sentence (a service account's).
 */
export function SecretOnce({
  secret,
  onDone,
  ...about
}: { secret: string; onDone(): void } & ({ url: string } | { message: string })) {
  const { m } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert alert--success secret" role="status">
      <p>
        <strong>{'message' in about ? about.message : m.webhooks.secretOnce(about.url)}</strong>
      </p>
      <code data-testid="webhook-secret">{secret}</code>
      <div className="actions">
        <button
          type="button"
          className="button button--secondary"
          onClick={() => void navigator.clipboard?.writeText(secret).then(() => setCopied(true))}
        >
          {copied ? m.apiKeys.copied : m.apiKeys.copy}
        </button>
        <button type="button" className="button button--link" onClick={onDone}>
          {m.apiKeys.stored}
        </button>
      </div>
    </div>
  );
}
