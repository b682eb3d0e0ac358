import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../../app/session';
import { FormAlert, TextField } from '../../components/forms';
import { StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { formErrors, type FormErrors } from '../../i18n/user-errors';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument } from './documents';
import { GrantPicker, grantsOf, ROLES } from './GrantPicker';
import { ApiKeyUsage } from './ApiKeyUsage';

/** API keys for partner integrations: the secret is shown once, right after creating it. */
export function ApiKeys() {
  const { m, format } = useI18n();
  const { access } = useSession();
  const [{ data }] = useQuery({ query: ApiKeysDocument });
  const [name, setName] = useState('');
  const [grants, setGrants] = useState<Set<string>>(new Set());
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [creation, create] = useMutation(CreateApiKeyDocument);
  const [, revoke] = useMutation(RevokeApiKeyDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await create({ name: name.trim(), grants: grantsOf(grants) });
    const payload = outcome.data?.createApiKey;
    if (payload?.secret && payload.apiKey) {
      setSecret({ name: payload.apiKey.name, value: payload.secret });
      setCopied(false);
      setName('');
      setGrants(new Set());
      setErrors({ fields: {}, general: [] });
      return;
    }
    setErrors(
      payload
        ? formErrors(payload.userErrors, m, ['name', 'grants', 'accountId'])
        : { fields: {}, general: [m.common.serverError] },
    );
  }

  return (
    <section aria-labelledby="api-keys-title">
      <h2 id="api-keys-title">{m.apiKeys.title}</h2>
      <p>{m.apiKeys.intro}</p>
      {secret ? (
        <div className="alert alert--success secret" role="status">
          <p>
            <strong>{m.apiKeys.secretOnce(secret.name)}</strong>
          </p>
          <code data-testid="api-key-secret">{secret.value}</code>
          <div className="actions">
            <button
              type="button"
              className="button button--secondary"
              onClick={() =>
                void navigator.clipboard?.writeText(secret.value).then(() => setCopied(true))
              }
            >
              {copied ? m.apiKeys.copied : m.apiKeys.copy}
            </button>
            <button type="button" className="button button--link" onClick={() => setSecret(null)}>
              {m.apiKeys.stored}
            </button>
          </div>
        </div>
      ) : null}
      {data?.apiKeys.length ? (
        <div className="table-wrap">
          <table>
            <thead>
              <tr>
                <th scope="col">{m.fields.name}</th>
                <th scope="col">{m.users.roles}</th>
                <th scope="col">{m.apiKeys.created}</th>
                <th scope="col">{m.apiKeys.lastUsed}</th>
                <th scope="col">
                  <span className="visually-hidden">{m.apiKeys.actions}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.apiKeys.map((key) => (
                <tr key={key.id}>
                  <th scope="row">{key.name}</th>
                  <td>
                    {key.grants
                      .map((g) => m.users.roleOn(m.roles[g.role], g.account.customerAccountNumber))
                      .join(', ')}
                  </td>
                  <td>{format.dateTime(key.createdAt)}</td>
                  <td>{key.lastUsedAt ? format.dateTime(key.lastUsedAt) : '–'}</td>
                  <td>
                    {key.revokedAt ? (
                      <StatusBadge tone="neutral">
                        {m.apiKeys.revokedAt(format.dateTime(key.revokedAt))}
                      </StatusBadge>
                    ) : (
                      <button
                        type="button"
                        className="button button--link"
                        aria-label={m.apiKeys.revokeNamed(key.name)}
                        onClick={() => void revoke({ id: key.id })}
                      >
                        {m.apiKeys.revoke}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{m.apiKeys.none}</p>
      )}
      <ApiKeyUsage />
      <form
        onSubmit={(e) => void submit(e)}
        noValidate
        className="panel"
        aria-labelledby="api-key-new"
      >
        <h3 id="api-key-new">{m.apiKeys.create}</h3>
        <FormAlert messages={errors.general} />
        <TextField
          label={m.fields.name}
          name="apiKeyName"
          required
          hint={m.apiKeys.nameHint}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name}
        />
        <GrantPicker
          legend={m.apiKeys.grants}
          accounts={access.administeredAccounts}
          roles={ROLES.filter((r) => r !== 'SELF_SERVICE_USER')}
          selected={grants}
          onChange={setGrants}
          error={errors.fields.grants ?? errors.fields.accountId}
        />
        <button type="submit" className="button" disabled={creation.fetching}>
          {m.apiKeys.create}
        </button>
      </form>
    </section>
  );
}
