import { environment, lines, link, mailBody, type MailText } from '@portal/platform';

export type Language = 'da' | 'en';

// Names are what someone typed (a registrant, an inviting Administrator): mailBody escapes them.
export const SIGNATURE = {
  da: lines('Venlig hilsen\nCanon Self-Service\nselfservice@canon.dk'),
  en: lines('Kind regards\nCanon Self-Service\nselfservice@canon.dk'),
};

export function portalLink(path: string, token?: string) {
  const query = token === undefined ? '' : `?token=${encodeURIComponent(token)}`;
  return link(`${environment().PORTAL_PUBLIC_URL}${path}${query}`);
}

export function confirmationMail(language: Language, name: string, token: string): MailText {
  const url = portalLink('/confirm-email', token);
  return language === 'en'
    ? {
        subject: 'Confirm your e-mail for Canon Self-Service',
        ...mailBody`Hello ${name},\n\nConfirm your e-mail address to start using the Canon Self-Service portal:\n\n${url}\n\nThe link works once and expires in 24 hours. If you did not ask for this, ignore this e-mail.\n\n${SIGNATURE.en}\n`,
      }
    : {
        subject: 'Bekræft din e-mail til Canon Self-Service',
        ...mailBody`Hej ${name}\n\nBekræft din e-mailadresse for at komme i gang med Canon Self-Service-portalen:\n\n${url}\n\nLinket virker én gang og udløber om 24 timer. Har du ikke bedt om dette, kan du se bort fra denne e-mail.\n\n${SIGNATURE.da}\n`,
      };
}

/**
 * Sent instead of a refusal when someone registers with an e-mail that has a user already, so
 * that the registration form does not tell who has an account. Names only the user's own name.
 */
export function alreadyRegisteredMail(language: Language, name: string): MailText {
  const signIn = portalLink('/sign-in');
  return language === 'en'
    ? {
        subject: 'You already have a Canon Self-Service user',
        ...mailBody`Hello ${name},\n\nSomeone, perhaps you, tried to register this e-mail address with the Canon Self-Service portal. You already have a user with this address, so nothing was changed. Sign in here:\n\n${signIn}\n\nIf you have not confirmed your e-mail yet, you can have the confirmation e-mail sent again from the sign-in page. If you did not try to register, ignore this e-mail.\n\n${SIGNATURE.en}\n`,
      }
    : {
        subject: 'Du har allerede en bruger til Canon Self-Service',
        ...mailBody`Hej ${name}\n\nNogen, måske dig, har forsøgt at oprette denne e-mailadresse i Canon Self-Service-portalen. Du har allerede en bruger med denne adresse, så intet er ændret. Log ind her:\n\n${signIn}\n\nHar du endnu ikke bekræftet din e-mail, kan du få bekræftelsesmailen sendt igen fra login-siden. Har du ikke selv forsøgt at oprette dig, kan du se bort fra denne e-mail.\n\n${SIGNATURE.da}\n`,
      };
}

export function invitationMail(
  language: Language,
  name: string,
  invitedBy: string,
  token: string,
): MailText {
  const url = portalLink('/accept-invitation', token);
  return language === 'en'
    ? {
        subject: 'You are invited to Canon Self-Service',
        ...mailBody`Hello ${name},\n\n${invitedBy} has invited you to the Canon Self-Service portal. Choose your password here:\n\n${url}\n\nThe link works once and expires in 24 hours.\n\n${SIGNATURE.en}\n`,
      }
    : {
        subject: 'Du er inviteret til Canon Self-Service',
        ...mailBody`Hej ${name}\n\n${invitedBy} har inviteret dig til Canon Self-Service-portalen. Vælg din adgangskode her:\n\n${url}\n\nLinket virker én gang og udløber om 24 timer.\n\n${SIGNATURE.da}\n`,
      };
}
