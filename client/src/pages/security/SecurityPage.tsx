import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { useSession } from '../../app/session';
import { FormAlert, Notice, TextField } from '../../components/forms';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { RecoveryCodes, TotpEnrolment, useTwoFactorError } from './TotpEnrolment';
import { Passkeys } from './Passkeys';

const SignInSecurityDocument = graphql(`
  query SignInSecurity {
    me {
      id
      twoFactorEnabled
    }
    organization {
      id
      twoFactorRequired
    }
  }
`);

const RemoveTotpDocument = graphql(`
  mutation RemoveTotp($code: String!) {
    removeTotp(code: $code) {
      user {
        id
        twoFactorEnabled
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const RegenerateRecoveryCodesDocument = graphql(`
  mutation RegenerateRecoveryCodes($code: String!) {
    regenerateRecoveryCodes(code: $code) {
      recoveryCodes
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

const SetOrganizationTwoFactorRequiredDocument = graphql(`
  mutation SetOrganizationTwoFactorRequired($required: Boolean!) {
    setOrganizationTwoFactorRequired(required: $required) {
      organization {
        id
        twoFactorRequired
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The signed-in user's two-step sign-in, and an Administrator's requirement for everyone. */
export default function SecurityPage() {
  const { m } = useI18n();
  const t = m.twoFactor;
  const { access } = useSession();
  const [{ data, fetching, error }, refetch] = useQuery({ query: SignInSecurityDocument });
  const [removed, setRemoved] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <section className="narrow">
      <PageTitle title={t.title}>{t.title}</PageTitle>
      {error ? <RequestError error={error} /> : null}
      {!data && fetching ? <Loading /> : null}
      <p className="explainer">{t.intro}</p>
      {removed ? <Notice>{t.removed}</Notice> : null}
      {data?.me ? (
        <>
          <p data-testid="two-factor-status">
            <strong>{data.me.twoFactorEnabled ? t.statusOn : t.statusOff}</strong>
          </p>
          {data.me.twoFactorEnabled ? (
            <>
              <RegenerateRecoveryCodes />
              <RemoveTotp onRemoved={() => setRemoved(true)} />
            </>
          ) : (
            <TotpEnrolment
              onDone={() => {
                setRemoved(false);
                reload();
              }}
            />
          )}
        </>
      ) : null}
      {data?.me ? <Passkeys /> : null}
      {access.canManageOrganizationSignIn && data?.organization ? (
        <>
          <OrganizationRequirement required={data.organization.twoFactorRequired} />
          <p>
            <Link to="/settings/single-sign-on">{m.singleSignOn.settingsLink}</Link>
          </p>
        </>
      ) : null}
    </section>
  );
}

/** Ten new recovery codes after a code from the app; the old ones stop working. */
function RegenerateRecoveryCodes() {
  const { m } = useI18n();
  const t = m.twoFactor;
  const describe = useTwoFactorError();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [result, regenerate] = useMutation(RegenerateRecoveryCodesDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const payload = (await regenerate({ code: code.trim() })).data?.regenerateRecoveryCodes;
    if (!payload) return setErrors([m.common.serverError]);
    setErrors(payload.userErrors.map(describe));
    setCode('');
    setCodes(payload.recoveryCodes ?? null);
  }

  if (codes) return <RecoveryCodes codes={codes} onDone={() => setCodes(null)} />;
  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="panel">
      <h2>{t.regenerateTitle}</h2>
      <FormAlert messages={errors} />
      <TextField
        label={t.code}
        hint={t.regenerateHint}
        name="regenerate-code"
        autoComplete="one-time-code"
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <button type="submit" className="button button--secondary" disabled={result.fetching}>
        {t.regenerate}
      </button>
    </form>
  );
}

function RemoveTotp({ onRemoved }: { onRemoved(): void }) {
  const { m } = useI18n();
  const t = m.twoFactor;
  const describe = useTwoFactorError();
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [result, remove] = useMutation(RemoveTotpDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const payload = (await remove({ code: code.trim() })).data?.removeTotp;
    if (!payload) return setErrors([m.common.serverError]);
    setErrors(payload.userErrors.map(describe));
    if (payload.user) onRemoved();
  }

  return (
    <form onSubmit={(e) => void submit(e)} noValidate className="panel">
      <FormAlert messages={errors} />
      <TextField
        label={t.challengeCode}
        hint={t.removeHint}
        name="code"
        autoComplete="one-time-code"
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
      />
      <button type="submit" className="button button--secondary" disabled={result.fetching}>
        {t.remove}
      </button>
    </form>
  );
}

function OrganizationRequirement({ required }: { required: boolean }) {
  const { m } = useI18n();
  const t = m.twoFactor;
  const [checked, setChecked] = useState(required);
  const [saved, setSaved] = useState(false);
  const [result, save] = useMutation(SetOrganizationTwoFactorRequiredDocument);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const payload = (await save({ required: checked })).data?.setOrganizationTwoFactorRequired;
    setSaved(Boolean(payload?.organization));
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="panel">
      <h2>{t.organizationTitle}</h2>
      {saved ? <Notice>{t.organizationSaved}</Notice> : null}
      <label className="checkbox">
        <input
          type="checkbox"
          name="twoFactorRequired"
          checked={checked}
          onChange={(e) => setChecked(e.target.checked)}
        />{' '}
        {t.organizationRequired}
      </label>
      <button type="submit" className="button" disabled={result.fetching}>
        {t.save}
      </button>
    </form>
  );
}
