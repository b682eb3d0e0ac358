import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import { FormAlert, Notice, TextField } from '../../components/forms';
import { useI18n } from '../../i18n/i18n';
import { usePasskeyRegistration } from './passkey-ceremonies';

const PasskeysDocument = graphql(`
  query Passkeys {
    passkeys {
      id
      name
      createdAt
      lastUsedAt
    }
  }
`);

const RemovePasskeyDocument = graphql(`
  mutation RemovePasskey($id: ID!) {
    removePasskey(id: $id) {
      passkey {
        id
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** The signed-in user's passkeys: add one with the device's authenticator, remove one. */
export function Passkeys() {
  const { m } = useI18n();
  const t = m.twoFactor;
  const [{ data }, refetch] = useQuery({ query: PasskeysDocument });
  const [, remove] = useMutation(RemovePasskeyDocument);
  const register = usePasskeyRegistration();
  const [name, setName] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<string[]>([]);
  const [added, setAdded] = useState(false);
  const reload = () => refetch({ requestPolicy: 'network-only' });

  async function add() {
    setBusy(true);
    const outcome = await register(name.trim());
    setBusy(false);
    setAdded('done' in outcome);
    setErrors('refused' in outcome ? [t.passkeyFailed] : []);
    if ('done' in outcome) {
      setName('');
      reload();
    }
  }

  return (
    <section className="panel" aria-labelledby="passkeys">
      <h2 id="passkeys">{t.passkeysTitle}</h2>
      <p>{t.passkeysIntro}</p>
      {added ? <Notice>{t.passkeyAdded}</Notice> : null}
      <FormAlert messages={errors} />
      <ul className="passkeys" data-testid="passkeys">
        {data?.passkeys.map((passkey) => (
          <li key={passkey.id}>
            {passkey.name}{' '}
            <button
              type="button"
              className="button button--link"
              onClick={() => void remove({ id: passkey.id }).then(reload)}
            >
              {t.passkeyRemove(passkey.name)}
            </button>
          </li>
        ))}
      </ul>
      <TextField
        label={t.passkeyName}
        name="passkeyName"
        value={name}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="button" className="button" disabled={busy} onClick={() => void add()}>
        {t.passkeyAdd}
      </button>
    </section>
  );
}
