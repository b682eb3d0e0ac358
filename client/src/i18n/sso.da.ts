import type { singleSignOnEn } from './sso.en';

/** Single sign-on: login gennem organisationens egen login-tjeneste, og indstillingerne. */
export const singleSignOnDa: typeof singleSignOnEn = {
  signInWith: 'Fortsæt med single sign-on',
  signInHint:
    'Logger din virksomhed ind med sin egen login-tjeneste (fx Microsoft), så skriv din e-mail og vælg single sign-on.',
  notForDomain:
    'Din e-mails organisation bruger ikke single sign-on her. Log ind med din adgangskode.',
  callbackTitle: 'Du logges ind',
  callbackWorking: 'Tjekker svaret fra din organisations login-tjeneste …',
  backToSignIn: 'Tilbage til login',
  settingsLink: 'Single sign-on for din organisation',
  title: 'Single sign-on',
  intro:
    'Lad organisationens brugere logge ind med jeres egen OpenID Connect-udbyder (fx Microsoft Entra ID, Google Workspace eller Okta). Registrér portalen hos udbyderen med denne adresse at sende tilbage til:',
  issuer: 'Issuer-URL',
  issuerHint: 'Fra udbyderen, fx https://login.microsoftonline.com/<tenant>/v2.0',
  clientId: 'Klient-id',
  clientSecret: 'Klienthemmelighed',
  clientSecretSet: 'Der er gemt en hemmelighed. Lad feltet stå tomt for at beholde den.',
  clientSecretNotSet: 'Der er ikke gemt nogen hemmelighed.',
  domains: 'E-mail-domæner',
  domainsHint:
    'Et pr. linje. Et domæne tæller, når din egen e-mail er på det; servicecentret kan bekræfte andre.',
  verifiedBy: {
    ADMINISTRATOR_EMAIL: 'bekræftet af din e-mail',
    SERVICE_CENTRE: 'bekræftet af servicecentret',
  } as Record<string, string>,
  passwordsDisabled:
    'Slå adgangskoder fra: brugerne logger kun ind gennem udbyderen (ingen login eller nulstilling med adgangskode)',
  save: 'Gem',
  saved: 'Gemt. Brugere på disse domæner logger nu ind gennem jeres udbyder.',
  remove: 'Slå single sign-on fra',
  removed: 'Single sign-on er slået fra; adgangskoder virker igen.',
  notSetUp: 'Single sign-on er ikke sat op.',
  rejected: {
    audience:
      'Login-tjenesten loggede dig ind til en anden applikation. Bed din administrator tjekke klient-id’et.',
    expired: 'Login-tjenestens svar er udløbet. Start forfra.',
    nonce: 'Login-tjenestens svar hører til et andet login. Start forfra.',
    other:
      'Login-tjenestens svar kunne ikke bekræftes. Start forfra, eller spørg din administrator.',
  },
  codes: {
    SINGLE_SIGN_ON_REQUIRED:
      'Din organisation logger ind gennem sin egen login-tjeneste, ikke med adgangskode. Vælg “Fortsæt med single sign-on”.',
    SSO_STATE_INVALID: 'Dette login er allerede brugt eller udløbet. Start forfra.',
    SSO_PROVIDER_ERROR:
      'Login-tjenesten loggede dig ikke ind. Start forfra, eller spørg din administrator.',
    SSO_EMAIL_NOT_ALLOWED:
      'Login-tjenesten bekræftede ikke en e-mail på din organisations domæner.',
    SSO_USER_CONFLICT:
      'Denne e-mail har en bruger, som login-tjenesten ikke kan logge ind (deaktiveret eller i en anden organisation). Spørg din administrator.',
    PROVIDER_UNREACHABLE: 'Login-tjenesten svarer ikke på denne adresse. Tjek issuer-URL’en.',
    DOMAIN_NOT_VERIFIED:
      'Et domæne er ikke bekræftet: din egen e-mail er ikke på det. Bed servicecentret bekræfte det.',
    DOMAIN_NOT_ALLOWED:
      'Et domæne fra en offentlig mailudbyder kan ikke logge ind gennem jeres udbyder.',
    DOMAIN_TAKEN: 'Et domæne logger allerede ind gennem en anden organisations udbyder.',
    WOULD_LOCK_OUT:
      'Adgangskoder kan kun slås fra, når din egen e-mail logger ind gennem udbyderen.',
  } as Record<string, string>,
};
