/** The service centre's support address, shown in the footer and on the dashboard. */
export const SUPPORT_EMAIL = 'selfservice@canon.dk';
