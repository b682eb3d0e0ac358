import type { twoFactorEn } from './two-factor.en';

/** Totrinslogin: godkendelsesappen, gendannelseskoder, organisationens krav. */
export const twoFactorDa: typeof twoFactorEn = {
  navLabel: 'Login-sikkerhed',
  title: 'Login-sikkerhed',
  intro:
    'Med totrinslogin indtaster du en kode fra en godkendelsesapp på din telefon efter adgangskoden, så en stjålet adgangskode ikke alene giver adgang.',
  statusOn: 'Totrinslogin er slået til.',
  statusOff: 'Totrinslogin er slået fra.',
  start: 'Opsæt en godkendelsesapp',
  scan: 'Scan QR-koden med din godkendelsesapp (for eksempel Microsoft Authenticator eller Google Authenticator), eller skriv nøglen ind i hånden.',
  qrLabel: 'QR-kode til godkendelsesappen',
  key: 'Nøgle',
  code: 'Kode fra appen',
  codeHint: 'Seks cifre.',
  confirm: 'Slå til',
  recoveryTitle: 'Dine gendannelseskoder',
  recoveryIntro:
    'Gem de ti koder et sikkert sted, for eksempel på papir. Hver kode virker én gang i stedet for en kode fra appen, hvis du mister telefonen. De vises kun nu.',
  recoveryDone: 'Jeg har gemt koderne',
  regenerateTitle: 'Nye gendannelseskoder',
  regenerateHint:
    'Skriv en kode fra appen for at få ti nye gendannelseskoder; dem, du har, holder op med at virke.',
  regenerate: 'Lav nye gendannelseskoder',
  remove: 'Slå totrinslogin fra',
  removeHint: 'Indtast en kode fra appen eller en gendannelseskode for at slå det fra.',
  removed: 'Totrinslogin er slået fra.',
  organizationTitle: 'Din organisation',
  organizationRequired: 'Alle organisationens brugere skal bruge totrinslogin',
  organizationSaved: 'Gemt. Det gælder fra hver brugers næste login.',
  save: 'Gem',
  challengeTitle: 'Totrinslogin',
  challengeIntro: 'Indtast koden fra din godkendelsesapp eller en af dine gendannelseskoder.',
  challengeCode: 'Kode eller gendannelseskode',
  verify: 'Log ind',
  enrolRequired:
    'Din organisation kræver totrinslogin. Opsæt en godkendelsesapp for at gøre login færdigt.',
  continue: 'Fortsæt',
  passkeysTitle: 'Adgangsnøgler',
  passkeysIntro:
    'En adgangsnøgle logger dig ind med enhedens fingeraftryk, ansigt eller pinkode i stedet for en adgangskode, og tæller også som andet trin efter en adgangskode.',
  passkeyName: 'Navn på den nye adgangsnøgle (valgfrit)',
  passkeyAdd: 'Tilføj en adgangsnøgle',
  passkeyAdded: 'Adgangsnøglen er tilføjet.',
  passkeyFailed: 'Adgangsnøglen kunne ikke tilføjes eller bruges. Prøv igen.',
  passkeyRemove: (name: string) => `Fjern ${name}`,
  signInWithPasskey: 'Brug en adgangsnøgle i stedet',
  usePasskey: 'Brug en adgangsnøgle',
  errors: {
    INVALID_CODE: 'Koden er ikke rigtig. Tjek appen (eller gendannelseskoden), og prøv igen.',
    INVALID_CHALLENGE: 'Login er udløbet. Log ind igen.',
    TOO_MANY_ATTEMPTS: 'For mange forkerte koder. Vent en time, og prøv igen.',
    ALREADY_ENROLLED: 'Der er allerede opsat en godkendelsesapp.',
    NOT_STARTED: 'Start opsætningen af appen forfra.',
    NOT_ENROLLED: 'Sæt først en godkendelsesapp op; gendannelseskoderne følger med.',
    TWO_FACTOR_REQUIRED: 'Din organisation kræver totrinslogin; det kan ikke slås fra.',
  },
};
