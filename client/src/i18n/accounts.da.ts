import type { AccountsMessages } from './accounts.en';

/** Glemt adgangskode, profil, skift af adgangskode og sessioner (dansk). */
export const accountsDa: AccountsMessages = {
  forgotLink: 'Glemt din adgangskode?',
  forgot: {
    title: 'Glemt adgangskode',
    intro:
      'Skriv e-mailen på din bruger. Vi sender et link, hvor du vælger en ny adgangskode; det virker én gang i 30 minutter.',
    submit: 'Send linket',
    sent: (email: string) =>
      `Hvis ${email} hører til en bruger, er en e-mail med et link på vej. Se i din indbakke (og spam) inden for 30 minutter.`,
    backToSignIn: 'Tilbage til login',
  },
  reset: {
    title: 'Vælg en ny adgangskode',
    intro: 'Den nye adgangskode logger dig ud alle andre steder, og vi giver dig besked på e-mail.',
    submit: 'Gem den nye adgangskode og log ind',
    newLink: 'Bed om et nyt link',
  },
  profile: {
    link: 'Din profil',
    title: 'Din profil',
    details: 'Dine oplysninger',
    phone: 'Telefon',
    language: 'Sprog i dine e-mails',
    languages: { da: 'Dansk', en: 'English' },
    save: 'Gem oplysninger',
    saved: 'Dine oplysninger er gemt.',
    passwordTitle: 'Skift adgangskode',
    currentPassword: 'Nuværende adgangskode',
    newPassword: 'Ny adgangskode',
    changePassword: 'Skift adgangskode',
    passwordChanged: (n: number) =>
      n === 0
        ? 'Din adgangskode er skiftet.'
        : `Din adgangskode er skiftet, og ${n} ${n === 1 ? 'anden session' : 'andre sessioner'} er logget ud.`,
    sessionsTitle: 'Hvor du er logget ind',
    sessionsIntro:
      'Hver browser eller hvert værktøj, der er logget ind med din bruger. Log dem ud, du ikke kender.',
    signedInAt: 'Logget ind',
    expiresAt: 'Udløber, hvis den ikke bruges',
    thisBrowser: 'Denne browser',
    otherBrowser: 'En anden browser eller et værktøj',
    signOutSession: (when: string) => `Log sessionen fra ${when} ud`,
    signOutOthers: 'Log ud alle andre steder',
    signedOut: (n: number) => `${n} ${n === 1 ? 'session er' : 'sessioner er'} logget ud.`,
  },
  invitations: {
    resend: 'Send invitationen igen',
    resent: (email: string) =>
      `En ny invitation er på vej til ${email}; det tidligere link virker ikke længere.`,
    revoke: 'Træk invitationen tilbage',
    revokeConfirm: (name: string) => `Træk invitationen til ${name} tilbage? Brugeren fjernes.`,
    revokeYes: 'Ja, træk tilbage',
    revoked: (name: string) => `Invitationen til ${name} er trukket tilbage.`,
    enable: 'Genaktivér bruger',
    enabled: (name: string) => `${name} kan logge ind igen.`,
  },
  mailbox: { resetLink: 'Vælg en ny adgangskode', forgotLink: 'Nulstil adgangskoden' },
  codes: {
    WRONG_PASSWORD: 'Den nuværende adgangskode er ikke rigtig.',
    NOT_INVITED: 'Brugeren har allerede taget imod invitationen.',
    NOT_DISABLED: 'Brugeren er ikke deaktiveret.',
  },
};
