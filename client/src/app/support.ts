/** The service centre's support address, shown in the footer and on the dashboard. */
export const SUPPORT_EMAIL = 'selfservice@canon.dk';

/**
 * The service centre's phone line: in the footer, on the dashboard and in every message that
 * tells the user to call it.
 */
export const SUPPORT_PHONE = '+45 70 15 50 05';

/** The number as a tel: link target (no spaces). */
export const SUPPORT_PHONE_LINK = `tel:${SUPPORT_PHONE.replace(/\s/g, '')}`;
