import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { NotificationType } from '../../__generated__/graphql';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';

const PreferencesDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      type
      enabled
      defaultEnabled
    }
  }
`);

const SetPreferenceDocument = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      preferences {
        type
        enabled
        defaultEnabled
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

/** One switch per notification type (the page every notification mail links to). */
export default function NotificationSettingsPage() {
  const { m } = useI18n();
  const [{ data, fetching, error }] = useQuery({ query: PreferencesDocument });
  const [, setPreference] = useMutation(SetPreferenceDocument);
  const [saved, setSaved] = useState(false);
  // The switch follows the click at once; the server's answer confirms it.
  const [chosen, setChosen] = useState<Partial<Record<NotificationType, boolean>>>({});
  const change = async (type: NotificationType, enabled: boolean) => {
    setSaved(false);
    setChosen((c) => ({ ...c, [type]: enabled }));
    const result = await setPreference({ input: { type, enabled } });
    setSaved(!result.error);
  };
  return (
    <section>
      <PageTitle title={m.notifications.settingsTitle}>{m.notifications.settingsTitle}</PageTitle>
      {error ? <RequestError error={error} /> : null}
      {!data && fetching ? <Loading /> : null}
      <p className="explainer">{m.notifications.settingsExplained}</p>
      <fieldset>
        <legend>{m.notifications.title}</legend>
        {data?.notificationPreferences.map((p) => (
          <div key={p.type} className="field field--checkbox">
            <label>
              <input
                type="checkbox"
                checked={chosen[p.type] ?? p.enabled}
                onChange={(e) => void change(p.type, e.target.checked)}
              />{' '}
              {m.notifications.types[p.type] ?? p.type}
            </label>{' '}
            <span className="muted">
              ({p.defaultEnabled ? m.notifications.defaultOn : m.notifications.defaultOff})
            </span>
          </div>
        ))}
      </fieldset>
      {saved ? <p role="status">{m.notifications.saved}</p> : null}
    </section>
  );
}
