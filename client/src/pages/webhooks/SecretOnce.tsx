import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';

/** A new signing secret, shown this once, with a copy button. */
export function SecretOnce({
  url,
  secret,
  onDone,
}: {
  url: string;
  secret: string;
  onDone(): void;
}) {
  const { m } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert alert--success secret" role="status">
      <p>
        <strong>{m.webhooks.secretOnce(url)}</strong>
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
