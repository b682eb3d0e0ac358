/** Single sign-on: signing in through the organisation's provider, and its settings. */
export const singleSignOnEn = {
  signInWith: 'Continue with single sign-on',
  signInHint:
    'If your company signs in with its own sign-in service (for example Microsoft), enter your e-mail and choose single sign-on.',
  notForDomain:
    'Your e-mail’s organisation does not use single sign-on here. Sign in with your password.',
  callbackTitle: 'Signing you in',
  callbackWorking: 'Checking the answer from your organisation’s sign-in service …',
  backToSignIn: 'Back to sign-in',
  settingsLink: 'Single sign-on for your organisation',
  title: 'Single sign-on',
  intro:
    'Let your organisation’s users sign in with your own OpenID Connect provider (for example Microsoft Entra ID, Google Workspace or Okta). Register the portal at the provider with this redirect address:',
  issuer: 'Issuer URL',
  issuerHint: 'From the provider, e.g. https://login.microsoftonline.com/<tenant>/v2.0',
  clientId: 'Client id',
  clientSecret: 'Client secret',
  clientSecretSet: 'A secret is stored. Leave the field empty to keep it.',
  clientSecretNotSet: 'No secret is stored.',
  domains: 'E-mail domains',
  domainsHint:
    'One a line. A domain counts when your own e-mail is on it; the service centre can confirm others.',
  verifiedBy: {
    ADMINISTRATOR_EMAIL: 'verified by your e-mail',
    SERVICE_CENTRE: 'confirmed by the service centre',
  } as Record<string, string>,
  passwordsDisabled:
    'Switch passwords off: users sign in only through the provider (no password sign-in or reset)',
  save: 'Save',
  saved: 'Saved. Users of these domains now sign in through your provider.',
  remove: 'Switch single sign-on off',
  removed: 'Single sign-on is off; passwords work again.',
  notSetUp: 'Single sign-on is not set up.',
  rejected: {
    audience:
      'The sign-in service signed you in for another application. Ask your administrator to check the client id.',
    expired: 'The sign-in service’s answer has expired. Start again.',
    nonce: 'The sign-in service’s answer belongs to another sign-in. Start again.',
    other:
      'The sign-in service’s answer could not be verified. Start again, or ask your administrator.',
  },
  codes: {
    SINGLE_SIGN_ON_REQUIRED:
      'Your organisation signs in through its own sign-in service, not with a password. Choose “Continue with single sign-on”.',
    SSO_STATE_INVALID: 'This sign-in was used already or has expired. Start again.',
    SSO_PROVIDER_ERROR:
      'The sign-in service did not sign you in. Start again, or ask your administrator.',
    SSO_EMAIL_NOT_ALLOWED:
      'The sign-in service did not confirm an e-mail on your organisation’s domains.',
    SSO_USER_CONFLICT:
      'This e-mail has a user the sign-in service cannot sign in (disabled, or of another organisation). Ask your administrator.',
    PROVIDER_UNREACHABLE:
      'The sign-in service does not answer at this address. Check the issuer URL.',
    DOMAIN_NOT_VERIFIED:
      'A domain is not verified: your own e-mail is not on it. Ask the service centre to confirm it.',
    DOMAIN_NOT_ALLOWED: 'A public mail provider’s domain cannot sign in through your provider.',
    DOMAIN_TAKEN: 'A domain already signs in through another organisation’s provider.',
    WOULD_LOCK_OUT:
      'Passwords can be switched off only when your own e-mail signs in through the provider.',
  } as Record<string, string>,
};
