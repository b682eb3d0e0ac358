import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { BackOfficeCapability } from '../../__generated__/graphql';
import { FormAlert, TextField } from '../../components/forms';
import { StatusBadge } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import type { Messages } from '../../i18n/en';
import {
  userErrorText,
  fieldOf,
  type FormErrors,
  type UserErrorLike,
} from '../../i18n/user-errors';
import { SecretOnce } from '../webhooks/SecretOnce';

const ServiceAccountsDocument = graphql(`
  query ServiceAccounts {
    serviceAccounts {
      id
      name
      capabilities
      createdAt
      lastUsedAt
      revokedAt
    }
  }
`);
const CreateServiceAccountDocument = graphql(`
  mutation CreateServiceAccount($input: CreateServiceAccountInput!) {
    createServiceAccount(input: $input) {
      serviceAccount {
        id
        name
      }
      secret
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
const RotateServiceAccountSecretDocument = graphql(`
  mutation RotateServiceAccountSecret($id: ID!) {
    rotateServiceAccountSecret(id: $id) {
      serviceAccount {
        id
        name
      }
      secret
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);
const RevokeServiceAccountDocument = graphql(`
  mutation RevokeServiceAccount($id: ID!) {
    revokeServiceAccount(id: $id) {
      serviceAccount {
        id
        revokedAt
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const CAPABILITIES: BackOfficeCapability[] = ['BILLING', 'CONTRACTS'];

/** The refusals at the form's fields, in the user's language. */
function errorsOf(errors: readonly UserErrorLike[], m: Messages): FormErrors {
  const t = m.serviceAccounts.codes;
  const result: FormErrors = { fields: {}, general: [] };
  for (const error of errors) {
    const field = fieldOf(error);
    if (field === 'name')
      result.fields.name = error.code === 'NAME_TAKEN' ? t.NAME_TAKEN : t.nameInvalid;
    else if (field === 'capabilities') result.fields.capabilities = t.capabilitiesRequired;
    else result.general.push(userErrorText(error, m));
  }
  return result;
}

/** Service agents: the vendor's systems' machine credentials; a secret is shown once. */
export function ServiceAccounts() {
  const { m, format } = useI18n();
  const t = m.serviceAccounts;
  const errorId = useId();
  const [{ data }] = useQuery({ query: ServiceAccountsDocument });
  const [name, setName] = useState('');
  const [capabilities, setCapabilities] = useState<Set<BackOfficeCapability>>(new Set());
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [secret, setSecret] = useState<{ name: string; value: string } | null>(null);
  const [creation, create] = useMutation(CreateServiceAccountDocument);
  const [, rotate] = useMutation(RotateServiceAccountSecretDocument);
  const [, revoke] = useMutation(RevokeServiceAccountDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const outcome = await create({ input: { name, capabilities: [...capabilities] } });
    const payload = outcome.data?.createServiceAccount;
    if (payload?.secret && payload.serviceAccount) {
      setSecret({ name: payload.serviceAccount.name, value: payload.secret });
      setName('');
      setCapabilities(new Set());
      setErrors({ fields: {}, general: [] });
      return;
    }
    setErrors(
      payload ? errorsOf(payload.userErrors, m) : { fields: {}, general: [m.common.serverError] },
    );
  }

  async function newSecret(id: string) {
    const payload = (await rotate({ id })).data?.rotateServiceAccountSecret;
    if (payload?.secret && payload.serviceAccount)
      setSecret({ name: payload.serviceAccount.name, value: payload.secret });
  }

  function toggle(capability: BackOfficeCapability, on: boolean) {
    const next = new Set(capabilities);
    if (on) next.add(capability);
    else next.delete(capability);
    setCapabilities(next);
  }

  return (
    <section className="panel" aria-labelledby="service-accounts-title">
      <h2 id="service-accounts-title">{t.title}</h2>
      <p>{t.intro}</p>
      {secret ? (
        <SecretOnce
          message={t.secretOnce(secret.name)}
          secret={secret.value}
          onDone={() => setSecret(null)}
        />
      ) : null}
      {data?.serviceAccounts.length ? (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t.title}</caption>
            <thead>
              <tr>
                <th scope="col">{m.fields.name}</th>
                <th scope="col">{t.capabilities}</th>
                <th scope="col">{t.created}</th>
                <th scope="col">{t.lastUsed}</th>
                <th scope="col">{t.status}</th>
              </tr>
            </thead>
            <tbody>
              {data.serviceAccounts.map((account) => (
                <tr key={account.id}>
                  <th scope="row">{account.name}</th>
                  <td>{account.capabilities.map((c) => t.capabilityShort[c]).join(', ')}</td>
                  <td>{format.dateTime(account.createdAt)}</td>
                  <td>{account.lastUsedAt ? format.dateTime(account.lastUsedAt) : '–'}</td>
                  <td>
                    {account.revokedAt ? (
                      <StatusBadge tone="neutral">
                        {t.revokedAt(format.dateTime(account.revokedAt))}
                      </StatusBadge>
                    ) : (
                      <div className="actions">
                        <button
                          type="button"
                          className="button button--secondary"
                          aria-label={t.rotateNamed(account.name)}
                          onClick={() => void newSecret(account.id)}
                        >
                          {t.rotate}
                        </button>
                        <button
                          type="button"
                          className="button button--link"
                          aria-label={t.revokeNamed(account.name)}
                          onClick={() => void revoke({ id: account.id })}
                        >
                          {t.revoke}
                        </button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">{t.none}</p>
      )}
      <form onSubmit={(e) => void submit(e)} noValidate aria-labelledby="service-account-new">
        <h3 id="service-account-new">{t.create}</h3>
        <FormAlert messages={errors.general} />
        <TextField
          label={m.fields.name}
          name="serviceAccountName"
          required
          hint={t.nameHint}
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={errors.fields.name}
        />
        <fieldset
          className={errors.fields.capabilities ? 'field--invalid' : undefined}
          aria-describedby={errors.fields.capabilities ? errorId : undefined}
        >
          <legend>{t.capabilities}</legend>
          {CAPABILITIES.map((capability) => (
            <label key={capability} className="checkbox">
              <input
                type="checkbox"
                checked={capabilities.has(capability)}
                onChange={(e) => toggle(capability, e.target.checked)}
              />{' '}
              {t.capability[capability]}
            </label>
          ))}
          {errors.fields.capabilities ? (
            <p className="field__error" id={errorId}>
              {errors.fields.capabilities}
            </p>
          ) : null}
        </fieldset>
        <button type="submit" className="button" disabled={creation.fetching}>
          {t.create}
        </button>
      </form>
    </section>
  );
}
