import { mailBody, type MailText } from '@portal/platform';
import { portalLink, SIGNATURE, type Language } from './mail-texts';

/** The link that sets a new password; it works once, for 30 minutes. */
export function passwordResetMail(language: Language, name: string, token: string): MailText {
  const url = portalLink('/reset-password', token);
  return language === 'en'
    ? {
        subject: 'Choose a new password for Canon Self-Service',
        ...mailBody`Hello ${name},\n\nSomeone, perhaps you, asked to reset the password of your Canon Self-Service user. Choose a new password here:\n\n${url}\n\nThe link works once and expires in 30 minutes. Setting a new password signs you out everywhere else. If you did not ask for this, ignore this e-mail: your password stays as it is.\n\n${SIGNATURE.en}\n`,
      }
    : {
        subject: 'Vælg en ny adgangskode til Canon Self-Service',
        ...mailBody`Hej ${name}\n\nNogen, måske dig, har bedt om at nulstille adgangskoden til din bruger i Canon Self-Service. Vælg en ny adgangskode her:\n\n${url}\n\nLinket virker én gang og udløber om 30 minutter. En ny adgangskode logger dig ud alle andre steder. Har du ikke bedt om dette, kan du se bort fra denne e-mail: din adgangskode forbliver den samme.\n\n${SIGNATURE.da}\n`,
      };
}

/** Sent after every password change, so that an owner notices a change it did not make. */
export function passwordChangedMail(language: Language, name: string): MailText {
  const url = portalLink('/forgot-password');
  return language === 'en'
    ? {
        subject: 'Your Canon Self-Service password was changed',
        ...mailBody`Hello ${name},\n\nThe password of your Canon Self-Service user was just changed, and every other browser and tool signed in with it was signed out.\n\nIf you did not do this, choose a new password at once here, and tell us at selfservice@canon.dk:\n\n${url}\n\n${SIGNATURE.en}\n`,
      }
    : {
        subject: 'Din adgangskode til Canon Self-Service er ændret',
        ...mailBody`Hej ${name}\n\nAdgangskoden til din bruger i Canon Self-Service er netop blevet ændret, og alle andre browsere og værktøjer, der var logget ind med den, er logget ud.\n\nHar du ikke selv gjort det, så vælg straks en ny adgangskode her, og skriv til os på selfservice@canon.dk:\n\n${url}\n\n${SIGNATURE.da}\n`,
      };
}
