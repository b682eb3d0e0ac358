/** The vendor's systems' service accounts, for service agents (English). */
export const serviceAccountsEn = {
  title: 'Service accounts',
  intro:
    'The vendor’s own systems (billing, contracts) call the API with a service account: no person behind it, only what its capabilities allow, every change in the audit trail.',
  none: 'No service accounts yet.',
  capabilities: 'What it may do',
  capability: {
    BILLING: 'Billing: invoices, payments and credit status',
    CONTRACTS: 'Contracts: devices’ service contracts',
  },
  capabilityShort: { BILLING: 'Billing', CONTRACTS: 'Contracts' },
  created: 'Created',
  lastUsed: 'Last used',
  status: 'Status',
  active: 'Active',
  revokedAt: (when: string) => `Revoked ${when}`,
  create: 'Create service account',
  nameHint: 'Which system uses it, e.g. "SAP billing".',
  rotate: 'New secret',
  rotateNamed: (name: string) => `Give ${name} a new secret`,
  revoke: 'Revoke',
  revokeNamed: (name: string) => `Revoke ${name}`,
  secretOnce: (name: string) =>
    `The secret of "${name}". Give it to the system now: it is shown only this once, and the previous secret no longer works.`,
  codes: {
    NAME_TAKEN: 'A service account already has that name.',
    nameInvalid: 'Name it in 1 to 100 characters.',
    capabilitiesRequired: 'Choose at least one capability.',
  },
};
