import type { serviceAccountsEn } from './service-accounts.en';

/** Leverandørens egne systemers tjenestekonti, for servicemedarbejdere (dansk). */
export const serviceAccountsDa: typeof serviceAccountsEn = {
  title: 'Tjenestekonti',
  intro:
    'Leverandørens egne systemer (fakturering, kontrakter) kalder API’et med en tjenestekonto: ingen person bag, kun det, dens rettigheder tillader, og hver ændring står i revisionssporet.',
  none: 'Ingen tjenestekonti endnu.',
  capabilities: 'Hvad den må',
  capability: {
    BILLING: 'Fakturering: fakturaer, betalinger og kreditstatus',
    CONTRACTS: 'Kontrakter: enhedernes serviceaftaler',
  },
  capabilityShort: { BILLING: 'Fakturering', CONTRACTS: 'Kontrakter' },
  created: 'Oprettet',
  lastUsed: 'Sidst brugt',
  status: 'Status',
  active: 'Aktiv',
  revokedAt: (when: string) => `Tilbagekaldt ${when}`,
  create: 'Opret tjenestekonto',
  nameHint: 'Hvilket system bruger den, fx "SAP fakturering".',
  rotate: 'Ny hemmelighed',
  rotateNamed: (name: string) => `Giv ${name} en ny hemmelighed`,
  revoke: 'Tilbagekald',
  revokeNamed: (name: string) => `Tilbagekald ${name}`,
  secretOnce: (name: string) =>
    `Hemmeligheden for "${name}". Giv den til systemet nu: den vises kun denne ene gang, og den tidligere hemmelighed virker ikke længere.`,
  codes: {
    NAME_TAKEN: 'En tjenestekonto har allerede det navn.',
    nameInvalid: 'Giv den et navn på 1 til 100 tegn.',
    capabilitiesRequired: 'Vælg mindst én rettighed.',
  },
};
