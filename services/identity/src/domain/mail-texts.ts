import { environment, type MailText } from '@portal/platform';

export type Language = 'da' | 'en';

const SIGNATURE = {
  da: 'Venlig hilsen\nCanon Self-Service\nselfservice@canon.dk',
  en: 'Kind regards\nCanon Self-Service\nselfservice@canon.dk',
};

function link(path: string, token: string): string {
  return `${environment().PORTAL_PUBLIC_URL}${path}?token=${encodeURIComponent(token)}`;
}

export function confirmationMail(language: Language, name: string, token: string): MailText {
  const url = link('/confirm-email', token);
  return language === 'en'
    ? {
        subject: 'Confirm your e-mail for Canon Self-Service',
        text: `Hello ${name},\n\nConfirm your e-mail address to start using the Canon Self-Service portal:\n\n${url}\n\nThe link works once and expires in 24 hours. If you did not ask for this, ignore this e-mail.\n\n${SIGNATURE.en}\n`,
      }
    : {
        subject: 'Bekræft din e-mail til Canon Self-Service',
        text: `Hej ${name}\n\nBekræft din e-mailadresse for at komme i gang med Canon Self-Service-portalen:\n\n${url}\n\nLinket virker én gang og udløber om 24 timer. Har du ikke bedt om dette, kan du se bort fra denne e-mail.\n\n${SIGNATURE.da}\n`,
      };
}

export function invitationMail(
  language: Language,
  name: string,
  invitedBy: string,
  token: string,
): MailText {
  const url = link('/accept-invitation', token);
  return language === 'en'
    ? {
        subject: 'You are invited to Canon Self-Service',
        text: `Hello ${name},\n\n${invitedBy} has invited you to the Canon Self-Service portal. Choose your password here:\n\n${url}\n\nThe link works once and expires in 24 hours.\n\n${SIGNATURE.en}\n`,
      }
    : {
        subject: 'Du er inviteret til Canon Self-Service',
        text: `Hej ${name}\n\n${invitedBy} har inviteret dig til Canon Self-Service-portalen. Vælg din adgangskode her:\n\n${url}\n\nLinket virker én gang og udløber om 24 timer.\n\n${SIGNATURE.da}\n`,
      };
}
