import type { staffWorkEn } from './staff-work.en';

/** Servicecentrets telefonarbejde: kundernes brugere og anmodninger om fjernelse (dansk). */
export const staffWorkDa: typeof staffWorkEn = {
  usersNav: 'Kundernes brugere',
  usersTitle: 'Kundernes brugere',
  usersIntro:
    'Find en opringers bruger ud fra navn, e-mail, firma eller kundekontonummer; ret en forkert e-mail eller send bekræftelsen igen.',
  search: 'Navn, e-mail, firma eller kontonummer',
  find: 'Søg',
  tooShort: 'Skriv mindst 2 tegn.',
  noUsers: 'Ingen kundebrugere passer.',
  found: (n: number) => (n === 1 ? '1 bruger' : `${n} brugere`),
  company: 'Firma',
  correctEmail: 'Ret e-mail',
  correctEmailOf: (name: string) => `Ret e-mailen for ${name}`,
  newEmail: 'Korrekt e-mailadresse',
  saveEmail: 'Gem og send bekræftelse',
  emailCorrected: (name: string, email: string) =>
    `E-mailen for ${name} er nu ${email}. Vi har sendt en bekræftelse dertil; ${name} logger ind igen efter at have bekræftet.`,
  resend: 'Send bekræftelse igen',
  resendOf: (name: string) => `Send bekræftelsen til ${name} igen`,
  resent: (email: string) =>
    `Hvis ${email} stadig venter på bekræftelse, er et nyt link på vej (højst ét i minuttet).`,
  removalsNav: 'Anmodet fjernelse',
  removalsTitle: 'Anmodninger om fjernelse',
  removalsIntro:
    'Enheder, kunden ikke længere har. Udfas en enhed, når den er hentet, eller træk anmodningen tilbage, hvis kunden beholder den.',
  noRemovals: 'Ingen anmodninger om fjernelse venter.',
  requestedReason: 'Kundens begrundelse',
  decommission: 'Udfas',
  decommissionOf: (serial: string) => `Udfas ${serial}`,
  decommissionNote: 'Bemærkning (valgfri)',
  decommissioned: (serial: string) =>
    `${serial} er udfaset: den forsvinder fra kundens lister og modtager ingen ordrer eller aflæsninger.`,
  withdraw: 'Træk anmodning tilbage',
  withdrawOf: (serial: string) => `Træk anmodningen om fjernelse af ${serial} tilbage`,
  withdrawn: (serial: string) =>
    `Anmodningen om fjernelse af ${serial} er trukket tilbage; den er aktiv igen.`,
};
