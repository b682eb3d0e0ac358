import { DateTime } from 'luxon';
import { lines, mailBody, type MailText } from '@portal/platform';

/**
 * What a mail about an order says; times in the calendar's zone, Danish first, then English.
 * The contact name is customer-written and the comments staff-written: mailBody escapes both.
 */
export interface OrderMailFacts {
  number: string;
  serialNumber: string;
  contactName: string;
  timeZone: string;
}

const SIGNATURE = lines('Venlig hilsen / Kind regards\nCanon Self-Service\nselfservice@canon.dk');

function when(at: Date, zone: string, locale: 'da' | 'en'): string {
  return DateTime.fromJSDate(at, { zone })
    .setLocale(locale === 'da' ? 'da-DK' : 'en-GB')
    .toLocaleString(DateTime.DATETIME_HUGE);
}

function withComment(comment: string | null, label: string) {
  return comment ? lines(`\n${label}: ${comment}\n`) : '';
}

export function acknowledgedMail(
  order: OrderMailFacts,
  responseDueAt: Date,
  comment: string | null,
): MailText {
  return {
    subject: `Serviceordre ${order.number} er modtaget / Service order ${order.number} acknowledged`,
    ...mailBody`Hej ${order.contactName}

Servicecentret har modtaget serviceordre ${order.number} for printer ${order.serialNumber} og vender tilbage senest ${when(responseDueAt, order.timeZone, 'da')}.
${withComment(comment, 'Bemærkning')}
---

Hello ${order.contactName},

The service centre has acknowledged service order ${order.number} for printer ${order.serialNumber} and will respond by ${when(responseDueAt, order.timeZone, 'en')}.
${withComment(comment, 'Note')}
${SIGNATURE}
`,
  };
}

export function scheduledMail(
  order: OrderMailFacts,
  visitAt: Date,
  technicianName: string | null,
  comment: string | null,
): MailText {
  const daTechnician = technicianName ? ` Teknikeren er ${technicianName}.` : '';
  const enTechnician = technicianName ? ` The technician is ${technicianName}.` : '';
  return {
    subject: `Servicebesøg planlagt: ${order.number} / Service visit scheduled: ${order.number}`,
    ...mailBody`Hej ${order.contactName}

En tekniker besøger printer ${order.serialNumber} (serviceordre ${order.number}) ${when(visitAt, order.timeZone, 'da')}.${daTechnician}
${withComment(comment, 'Bemærkning')}
---

Hello ${order.contactName},

A technician will visit printer ${order.serialNumber} (service order ${order.number}) on ${when(visitAt, order.timeZone, 'en')}.${enTechnician}
${withComment(comment, 'Note')}
${SIGNATURE}
`,
  };
}

export function resolvedMail(order: OrderMailFacts, comment: string): MailText {
  return {
    subject: `Serviceordre ${order.number} er løst / Service order ${order.number} resolved`,
    ...mailBody`Hej ${order.contactName}

Serviceordre ${order.number} for printer ${order.serialNumber} er løst.

Teknikerens bemærkning: ${lines(comment)}

Virker printeren stadig ikke, så opret en ny serviceordre i portalen.

---

Hello ${order.contactName},

Service order ${order.number} for printer ${order.serialNumber} has been resolved.

The technician's note: ${lines(comment)}

If the printer still does not work, raise a new service order in the portal.

${SIGNATURE}
`,
  };
}
