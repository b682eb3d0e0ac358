import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../__generated__';
import type { NotificationDelivery, NotificationType } from '../../__generated__/graphql';
import { Loading, PageTitle, RequestError } from '../../components/page';
import { useI18n } from '../../i18n/i18n';
import { useSession } from '../../app/session';
import { ReadingReminderForm } from './ReadingReminderForm';

const PreferencesDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      type
      enabled
      defaultEnabled
      delivery
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
        delivery
      }
      userErrors {
        ...UserErrorFields
      }
    }
  }
`);

/** One switch per notification type (the page every notification mail links to). */
export default function NotificationSettingsPage() {
  const { m } = useI18n();
  const { access } = useSession();
  const [{ data, fetching, error }] = useQuery({ query: PreferencesDocument });
  const [, setPreference] = useMutation(SetPreferenceDocument);
  const [saved, setSaved] = useState(false);
  // The switch follows the click at once; the server's answer confirms it.
  const [chosen, setChosen] = useState<
    Partial<Record<NotificationType, { enabled: boolean; delivery: NotificationDelivery }>>
  >({});
  const change = async (
    type: NotificationType,
    choice: { enabled: boolean; delivery: NotificationDelivery },
  ) => {
    setSaved(false);
    setChosen((c) => ({ ...c, [type]: choice }));
    const result = await setPreference({ input: { type, ...choice } });
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
        {data?.notificationPreferences.map((p) => {
          const current = chosen[p.type] ?? { enabled: p.enabled, delivery: p.delivery };
          const label = m.notifications.types[p.type] ?? p.type;
          return (
            <div key={p.type} className="field field--checkbox">
              <label>
                <input
                  type="checkbox"
                  checked={current.enabled}
                  onChange={(e) => void change(p.type, { ...current, enabled: e.target.checked })}
                />{' '}
                {label}
              </label>{' '}
              <span className="muted">
                ({p.defaultEnabled ? m.notifications.defaultOn : m.notifications.defaultOff})
              </span>{' '}
              <select
                aria-label={`${m.notifications.delivery}: ${label}`}
                value={current.delivery}
                disabled={!current.enabled}
                onChange={(e) =>
                  void change(p.type, {
                    ...current,
                    delivery: e.target.value as NotificationDelivery,
                  })
                }
              >
                {(['IMMEDIATE', 'DAILY_DIGEST'] as const).map((d) => (
                  <option key={d} value={d}>
                    {m.notifications.deliveries[d]}
                  </option>
                ))}
              </select>
            </div>
          );
        })}
      </fieldset>
      {saved ? <p role="status">{m.notifications.saved}</p> : null}
      {access.canManageReadingReminders ? <ReadingReminderForm /> : null}
    </section>
  );
}
