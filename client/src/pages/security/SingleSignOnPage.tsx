import { useRef, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import {
  FormAlert,
  Notice,
  TextArea,
  TextField,
  useFocusFirstInvalid,
} from '../../components/forms';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { formErrors, type FormErrors } from '../../i18n/user-errors';

const SingleSignOnSettingsDocument = graphql(`
  query SingleSignOnSettings {
    organization {
      id
      singleSignOn {
        issuer
        clientId
        clientSecretSet
        passwordsDisabled
        domains {
          domain
          verifiedBy
        }
      }
    }
  }
`);

const ConfigureSingleSignOnDocument = graphql(`
  mutation ConfigureSingleSignOn($input: SingleSignOnInput!) {
    configureSingleSignOn(input: $input) {
      organization {
        id
        singleSignOn {
          issuer
          clientId
          clientSecretSet
          passwordsDisabled
          domains {
            domain
            verifiedBy
          }
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RemoveSingleSignOnDocument = graphql(`
  mutation RemoveSingleSignOn {
    removeSingleSignOn {
      organization {
        id
        singleSignOn {
          issuer
        }
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

type Settings = NonNullable<
  NonNullable<ReturnType<typeof useSettings>['data']>['organization']
>['singleSignOn'];

function useSettings() {
  return useQuery({ query: SingleSignOnSettingsDocument })[0];
}

/** An Administrator's single sign-on: the provider, the domains, passwords on or off. */
export default function SingleSignOnPage() {
  const { m } = useI18n();
  const { data, fetching, error } = useSettings();
  const t = m.singleSignOn;
  return (
    <section className="narrow">
      <PageTitle title={t.title}>{t.title}</PageTitle>
      {error ? <RequestError error={error} /> : null}
      {!data && fetching ? <Loading /> : null}
      <p className="explainer">{t.intro}</p>
      <p>
        <code data-testid="redirect-uri">{`${window.location.origin}/sign-in/sso`}</code>
      </p>
      {data?.organization ? (
        <SettingsForm
          key={data.organization.singleSignOn?.issuer ?? ''}
          settings={data.organization.singleSignOn ?? null}
        />
      ) : null}
    </section>
  );
}

function SettingsForm({ settings }: { settings: Settings | null }) {
  const { m } = useI18n();
  const t = m.singleSignOn;
  const [issuer, setIssuer] = useState(settings?.issuer ?? '');
  const [clientId, setClientId] = useState(settings?.clientId ?? '');
  const [clientSecret, setClientSecret] = useState('');
  const [domains, setDomains] = useState(settings?.domains.map((d) => d.domain).join('\n') ?? '');
  const [passwordsDisabled, setPasswordsDisabled] = useState(settings?.passwordsDisabled ?? false);
  const [errors, setErrors] = useState<FormErrors>({ fields: {}, general: [] });
  const [notice, setNotice] = useState<string | null>(null);
  const [saving, configure] = useMutation(ConfigureSingleSignOnDocument);
  const [removing, remove] = useMutation(RemoveSingleSignOnDocument);
  const form = useRef<HTMLFormElement>(null);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setNotice(null);
    const input = {
      issuer: issuer.trim(),
      clientId: clientId.trim(),
      // Empty: keep the stored secret.
      ...(clientSecret ? { clientSecret } : {}),
      domains: domains.split(/[\s,;]+/).filter(Boolean),
      passwordsDisabled,
    };
    const payload = (await configure({ input })).data?.configureSingleSignOn;
    if (!payload) return setErrors({ fields: {}, general: [m.common.serverError] });
    setErrors(
      formErrors(payload.userErrors, m, [
        'issuer',
        'clientId',
        'clientSecret',
        'domains',
        'passwordsDisabled',
      ]),
    );
    if (payload.organization) {
      setClientSecret('');
      setNotice(t.saved);
    }
  }

  async function switchOff() {
    const payload = (await remove({})).data?.removeSingleSignOn;
    if (payload?.organization) setNotice(t.removed);
  }

  return (
    <>
      {notice ? <Notice>{notice}</Notice> : null}
      <form ref={form} onSubmit={(e) => void submit(e)} noValidate className="panel">
        <FormAlert messages={errors.general} />
        <TextField
          label={t.issuer}
          hint={t.issuerHint}
          name="issuer"
          type="url"
          required
          value={issuer}
          onChange={(e) => setIssuer(e.target.value)}
          error={errors.fields.issuer}
        />
        <TextField
          label={t.clientId}
          name="clientId"
          required
          value={clientId}
          onChange={(e) => setClientId(e.target.value)}
          error={errors.fields.clientId}
        />
        <TextField
          label={t.clientSecret}
          hint={settings?.clientSecretSet ? t.clientSecretSet : t.clientSecretNotSet}
          name="clientSecret"
          type="password"
          autoComplete="off"
          value={clientSecret}
          onChange={(e) => setClientSecret(e.target.value)}
          error={errors.fields.clientSecret}
        />
        <TextArea
          label={t.domains}
          hint={t.domainsHint}
          name="domains"
          rows={3}
          required
          value={domains}
          onChange={(e) => setDomains(e.target.value)}
          error={errors.fields.domains}
        />
        {settings?.domains.length ? (
          <ul data-testid="sso-domains">
            {settings.domains.map((d) => (
              <li key={d.domain}>
                {d.domain}: {t.verifiedBy[d.verifiedBy] ?? d.verifiedBy}
              </li>
            ))}
          </ul>
        ) : null}
        <label className="checkbox">
          <input
            type="checkbox"
            name="passwordsDisabled"
            checked={passwordsDisabled}
            onChange={(e) => setPasswordsDisabled(e.target.checked)}
          />{' '}
          {t.passwordsDisabled}
        </label>
        {errors.fields.passwordsDisabled ? (
          <p className="field__error" role="alert">
            {errors.fields.passwordsDisabled}
          </p>
        ) : null}
        <button type="submit" className="button" disabled={saving.fetching}>
          {t.save}
        </button>
      </form>
      {settings ? (
        <p>
          <button
            type="button"
            className="button button--secondary"
            disabled={removing.fetching}
            onClick={() => void switchOff()}
          >
            {t.remove}
          </button>
        </p>
      ) : (
        <p>{t.notSetUp}</p>
      )}
    </>
  );
}
