import { environment, link, mailBody, type MailText } from '@portal/platform';
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
    ACKNOWLEDGED: 'modtaget',
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

const RENDER: Record<NotificationType, (f: Facts, language: Language) => NotificationText> = {
  SERVICE_ORDER_STATUS_CHANGED: statusText,
  SERVICE_VISIT_SCHEDULED: visitText,
  ROLE_CHANGED: roleText,
  INVITATION_ACCEPTED: acceptedText,
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
  const unsubscribe = `${base}${UNSUBSCRIBE_PATH}?token=${unsubscribeToken}`;
  return {
    subject: text.title,
    ...body,
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
    },
  };
}
