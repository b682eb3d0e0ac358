import { environment, lines, link, mailBody, type MailText } from '@portal/platform';
import type { Notification, NotificationType } from '../entities/notification.entity';
import { PREFERENCES_PATH, UNSUBSCRIBE_PATH } from './notification-types';

type Language = 'da' | 'en';
type Facts = Notification['facts'];

/** A notification as a person reads it, in one language. */
export interface NotificationText {
  title: string;
  body: string;
  /** A portal path (the order's page). */
  link: string | null;
}

const ZONE = 'Europe/Copenhagen';

const STATUS: Record<Language, Record<string, string>> = {
  da: {
    SUBMITTED: 'indsendt',
    ACKNOWLEDGED: 'bekræftet',
    SCHEDULED: 'planlagt',
    IN_PROGRESS: 'i gang',
    RESOLVED: 'løst',
    CLOSED: 'lukket',
    CANCELLED: 'annulleret',
  },
  en: {
    SUBMITTED: 'submitted',
    ACKNOWLEDGED: 'acknowledged',
    SCHEDULED: 'scheduled',
    IN_PROGRESS: 'in progress',
    RESOLVED: 'resolved',
    CLOSED: 'closed',
    CANCELLED: 'cancelled',
  },
};

function when(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: ZONE,
  }).format(new Date(iso));
}

function statusText(f: Facts, language: Language): NotificationText {
  const status = STATUS[language][f.to ?? ''] ?? f.to ?? '';
  const note = f.comment
    ? language === 'da'
      ? ` Bemærkning: ${f.comment}`
      : ` Note: ${f.comment}`
    : '';
  return language === 'da'
    ? {
        title: `Serviceordre ${f.number} er ${status}`,
        body: `Serviceordre ${f.number} for printer ${f.serialNumber} er nu ${status}.${note}`,
        link: f.link ?? null,
      }
    : {
        title: `Service order ${f.number} is ${status}`,
        body: `Service order ${f.number} for printer ${f.serialNumber} is now ${status}.${note}`,
        link: f.link ?? null,
      };
}

function visitText(f: Facts, language: Language): NotificationText {
  const at = when(f.visitAt, language);
  const tech = f.technicianName
    ? language === 'da'
      ? ` Teknikeren er ${f.technicianName}.`
      : ` The technician is ${f.technicianName}.`
    : '';
  return language === 'da'
    ? {
        title: `Servicebesøg planlagt: ${f.number}`,
        body: `En tekniker besøger printer ${f.serialNumber} (serviceordre ${f.number}) ${at}.${tech}`,
        link: f.link ?? null,
      }
    : {
        title: `Service visit scheduled: ${f.number}`,
        body: `A technician will visit printer ${f.serialNumber} (service order ${f.number}) on ${at}.${tech}`,
        link: f.link ?? null,
      };
}

const ROLE: Record<Language, Record<string, string>> = {
  da: {
    ADMINISTRATOR: 'Administrator',
    DEVICE_MANAGER: 'Enhedsansvarlig',
    STOCK_MANAGER: 'Lageransvarlig',
    SELF_SERVICE_USER: 'Selvbetjeningsbruger',
  },
  en: {
    ADMINISTRATOR: 'Administrator',
    DEVICE_MANAGER: 'Device Manager',
    STOCK_MANAGER: 'Stock Manager',
    SELF_SERVICE_USER: 'Self-Service user',
  },
};

function roleText(f: Facts, language: Language): NotificationText {
  const role = ROLE[language][f.role ?? ''] ?? f.role ?? '';
  const granted = f.change === 'GRANTED';
  if (language === 'da')
    return {
      title: granted
        ? `Du er nu ${role} på ${f.account}`
        : `Du er ikke længere ${role} på ${f.account}`,
      body: granted
        ? `Du har fået rollen ${role} på kontoen ${f.account}.`
        : `Rollen ${role} på kontoen ${f.account} er fjernet fra dig.`,
      link: null,
    };
  return {
    title: granted
      ? `You are now ${role} on ${f.account}`
      : `You are no longer ${role} on ${f.account}`,
    body: granted
      ? `You were given the role ${role} on the account ${f.account}.`
      : `The role ${role} on the account ${f.account} was taken from you.`,
    link: null,
  };
}

function acceptedText(f: Facts, language: Language): NotificationText {
  return language === 'da'
    ? {
        title: `${f.name} har taget imod din invitation`,
        body: `${f.name} (${f.email}) har taget imod invitationen og kan nu bruge portalen.`,
        link: '/users',
      }
    : {
        title: `${f.name} accepted your invitation`,
        body: `${f.name} (${f.email}) accepted the invitation and can now use the portal.`,
        link: '/users',
      };
}

function day(iso: string | null | undefined, language: Language): string {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language === 'da' ? 'da-DK' : 'en-GB', {
    dateStyle: 'long',
    timeZone: 'UTC',
  }).format(new Date(`${iso}T00:00:00Z`));
}

function t(language: Language, da: NotificationText, en: NotificationText): NotificationText {
  return language === 'da' ? da : en;
}

function readingsDueText(f: Facts, language: Language): NotificationText {
  const due = day(f.dueDate, language);
  return t(
    language,
    {
      title: `Tælleraflæsning skal indsendes senest ${due}`,
      body: `${f.count} printer(e) mangler tælleraflæsningen for perioden, der slutter ${due}: ${f.serialNumbers}.`,
      link: f.link ?? null,
    },
    {
      title: `Meter reading due by ${due}`,
      body: `${f.count} printer(s) still owe the meter reading for the period ending ${due}: ${f.serialNumbers}.`,
      link: f.link ?? null,
    },
  );
}

function readingsOverdueText(f: Facts, language: Language): NotificationText {
  const due = day(f.dueDate, language);
  return t(
    language,
    {
      title: 'Tælleraflæsning er forsinket',
      body: `Tælleraflæsningen for perioden, der sluttede ${due}, mangler stadig for ${f.count} printer(e): ${f.serialNumbers}. Indsend den nu, så fakturaen bygger på den rigtige tællerstand.`,
      link: f.link ?? null,
    },
    {
      title: 'Meter reading overdue',
      body: `The meter reading for the period that ended ${due} is still missing for ${f.count} printer(s): ${f.serialNumbers}. Submit it now so the invoice is based on the actual meter.`,
      link: f.link ?? null,
    },
  );
}

function batchRefusedText(f: Facts, language: Language): NotificationText {
  return t(
    language,
    {
      title: `${f.refused} af ${f.submitted} tælleraflæsninger blev afvist`,
      body: `Af din samlede indsendelse blev ${f.accepted} godkendt og ${f.refused} afvist (linje: kode): ${f.refusals}.`,
      link: f.link ?? null,
    },
    {
      title: `${f.refused} of ${f.submitted} meter readings were refused`,
      body: `Of your bulk submission ${f.accepted} were accepted and ${f.refused} refused (line: code): ${f.refusals}.`,
      link: f.link ?? null,
    },
  );
}

function tracking(f: Facts, language: Language): string {
  if (!f.carrier && !f.trackingNumber) return '';
  const parts = [f.carrier, f.trackingNumber].filter(Boolean).join(' ');
  return language === 'da' ? ` Forsendelse: ${parts}.` : ` Carrier and tracking: ${parts}.`;
}

function shipmentText(step: 'created' | 'dispatched' | 'delivered') {
  const da = { created: 'bestilt', dispatched: 'afsendt', delivered: 'leveret' }[step];
  return (f: Facts, language: Language): NotificationText =>
    t(
      language,
      {
        title: `Toner ${da}: ${f.quantity} × ${f.sku} til ${f.location}`,
        body: `En forsendelse med ${f.quantity} × ${f.sku} til ${f.location} er ${da}.${step === 'dispatched' ? tracking(f, language) : ''}`,
        link: f.link ?? null,
      },
      {
        title: `Toner ${step}: ${f.quantity} × ${f.sku} for ${f.location}`,
        body: `A shipment of ${f.quantity} × ${f.sku} for ${f.location} was ${step}.${step === 'dispatched' ? tracking(f, language) : ''}`,
        link: f.link ?? null,
      },
    );
}

function belowMinimumText(f: Facts, language: Language): NotificationText {
  return t(
    language,
    {
      title: `${f.sku} er under minimum på ${f.location}`,
      body: `${f.location} har nu ${f.quantity} × ${f.sku} på lager; minimum er ${f.minimum}.`,
      link: f.link ?? null,
    },
    {
      title: `${f.sku} below minimum at ${f.location}`,
      body: `${f.location} now holds ${f.quantity} × ${f.sku}; the minimum is ${f.minimum}.`,
      link: f.link ?? null,
    },
  );
}

function deviceRemovedText(f: Facts, language: Language): NotificationText {
  return t(
    language,
    {
      title: `Printer ${f.serialNumber} er fjernet`,
      body: `Printer ${f.serialNumber} (${f.model}) er taget ud af drift og fjernet fra jeres oversigt.`,
      link: f.link ?? null,
    },
    {
      title: `Printer ${f.serialNumber} removed`,
      body: `Printer ${f.serialNumber} (${f.model}) was decommissioned and removed from your fleet.`,
      link: f.link ?? null,
    },
  );
}

function responseAlertText(stage: 'AT_RISK' | 'OVERDUE') {
  return (f: Facts, language: Language): NotificationText => {
    const due = when(f.responseDueAt, language);
    return stage === 'AT_RISK'
      ? t(
          language,
          {
            title: `Svartid i fare: ${f.number}`,
            body: `Serviceordre ${f.number} (printer ${f.serialNumber}) er endnu ikke modtaget; svaret skal gives senest ${due}.`,
            link: f.link ?? null,
          },
          {
            title: `Response time at risk: ${f.number}`,
            body: `Service order ${f.number} (printer ${f.serialNumber}) is not yet acknowledged; the response is due by ${due}.`,
            link: f.link ?? null,
          },
        )
      : t(
          language,
          {
            title: `Svartid overskredet: ${f.number}`,
            body: `Serviceordre ${f.number} (printer ${f.serialNumber}) skulle have været besvaret senest ${due}.`,
            link: f.link ?? null,
          },
          {
            title: `Response time missed: ${f.number}`,
            body: `Service order ${f.number} (printer ${f.serialNumber}) was due a response by ${due}.`,
            link: f.link ?? null,
          },
        );
  };
}

const RENDER: Record<NotificationType, (f: Facts, language: Language) => NotificationText> = {
  SERVICE_ORDER_STATUS_CHANGED: statusText,
  SERVICE_VISIT_SCHEDULED: visitText,
  METER_READING_DUE: readingsDueText,
  METER_READING_OVERDUE: readingsOverdueText,
  METER_READINGS_REFUSED: batchRefusedText,
  TONER_SHIPMENT_CREATED: shipmentText('created'),
  TONER_SHIPMENT_DISPATCHED: shipmentText('dispatched'),
  TONER_SHIPMENT_DELIVERED: shipmentText('delivered'),
  TONER_BELOW_MINIMUM: belowMinimumText,
  DEVICE_REMOVED: deviceRemovedText,
  ROLE_CHANGED: roleText,
  INVITATION_ACCEPTED: acceptedText,
  SERVICE_ORDER_AT_RISK: responseAlertText('AT_RISK'),
  SERVICE_ORDER_OVERDUE: responseAlertText('OVERDUE'),
};

export function renderNotification(
  n: Pick<Notification, 'type' | 'facts'>,
  language: Language,
): NotificationText {
  return RENDER[n.type](n.facts, language);
}

/** The notification as a mail, in the user's language, with links to it and to the preferences. */
export function notificationMail(
  n: Pick<Notification, 'type' | 'facts'>,
  name: string,
  language: Language,
  unsubscribeToken: string,
): MailText {
  const text = renderNotification(n, language);
  const base = environment().PORTAL_PUBLIC_URL;
  const open = link(`${base}${text.link ?? '/notifications'}`);
  const settings = link(`${base}${PREFERENCES_PATH}`);
  const body =
    language === 'da'
      ? mailBody`Hej ${name}

${text.body}

Se den i portalen: ${open}

Du får denne mail, fordi du har slået denne type besked til. Skift dine indstillinger her: ${settings}

Venlig hilsen
Canon Self-Service
`
      : mailBody`Hello ${name},

${text.body}

See it in the portal: ${open}

You receive this mail because this type of notification is switched on. Change your settings here: ${settings}

Kind regards
Canon Self-Service
`;
  return { subject: text.title, ...body, headers: unsubscribeHeaders(unsubscribeToken) };
}

function unsubscribeHeaders(token: string): Record<string, string> {
  const unsubscribe = `${environment().PORTAL_PUBLIC_URL}${UNSUBSCRIBE_PATH}?token=${token}`;
  return {
    'List-Unsubscribe': `<${unsubscribe}>`,
    'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
  };
}

/** The day's notifications of the types a user chose to get as a digest, in one mail. */
export function digestMail(
  items: Pick<Notification, 'type' | 'facts'>[],
  name: string,
  language: Language,
  unsubscribeToken: string,
): MailText {
  const base = environment().PORTAL_PUBLIC_URL;
  const list = items
    .map((n) => {
      const text = renderNotification(n, language);
      return `- ${text.title}: ${text.body}`;
    })
    .join('\n');
  const open = link(`${base}/notifications`);
  const settings = link(`${base}${PREFERENCES_PATH}`);
  const body =
    language === 'da'
      ? mailBody`Hej ${name}

Her er dagens beskeder fra portalen:

${lines(list)}

Se dem i portalen: ${open}

Du får denne daglige oversigt, fordi du har valgt den for disse typer besked. Skift dine indstillinger her: ${settings}

Venlig hilsen
Canon Self-Service
`
      : mailBody`Hello ${name},

Here are today's notifications from the portal:

${lines(list)}

See them in the portal: ${open}

You receive this daily digest because you chose it for these types of notification. Change your settings here: ${settings}

Kind regards
Canon Self-Service
`;
  const subject =
    language === 'da'
      ? `Dagens oversigt: ${items.length} ${items.length === 1 ? 'besked' : 'beskeder'}`
      : `Daily digest: ${items.length} ${items.length === 1 ? 'notification' : 'notifications'}`;
  return { subject, ...body, headers: unsubscribeHeaders(unsubscribeToken) };
}
