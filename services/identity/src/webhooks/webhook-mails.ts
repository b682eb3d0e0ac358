import { mailBody, type MailText } from '@portal/platform';
import { portalLink, SIGNATURE, type Language } from '../domain/mail-texts';

/** To each Administrator of the account when the portal disabled one of its endpoints. */
export function endpointDisabledMail(language: Language, name: string, url: string): MailText {
  const page = portalLink('/settings/webhooks');
  return language === 'en'
    ? {
        subject: 'A webhook endpoint was disabled',
        ...mailBody`Hello ${name},\n\nThe webhook endpoint ${url} did not accept a message for as long as we retry, so we have stopped sending to it. Messages that could not be delivered are kept in its delivery log.\n\nWhen the endpoint works again, enable it and redeliver what it missed:\n\n${page}\n\n${SIGNATURE.en}\n`,
      }
    : {
        subject: 'Et webhook-endpoint er slået fra',
        ...mailBody`Hej ${name}\n\nWebhook-endpointet ${url} tog ikke imod en besked, så længe vi prøver igen, så vi er holdt op med at sende til det. Beskeder, der ikke kunne leveres, ligger i dets leveringslog.\n\nNår endpointet virker igen, kan du slå det til og sende det manglende igen:\n\n${page}\n\n${SIGNATURE.da}\n`,
      };
}
