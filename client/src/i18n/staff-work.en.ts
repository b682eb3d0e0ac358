/** The service centre's phone work: customers' users and removal requests (English). */
export const staffWorkEn = {
  usersNav: 'Customers’ users',
  usersTitle: 'Customers’ users',
  usersIntro:
    'Find a caller’s user by name, e-mail, company or customer account number; correct a mistyped e-mail or send the confirmation again.',
  search: 'Name, e-mail, company or account number',
  find: 'Find',
  tooShort: 'Enter at least 2 characters.',
  noUsers: 'No customer user matches.',
  found: (n: number) => (n === 1 ? '1 user' : `${n} users`),
  company: 'Company',
  correctEmail: 'Correct e-mail',
  correctEmailOf: (name: string) => `Correct the e-mail of ${name}`,
  newEmail: 'Correct e-mail address',
  saveEmail: 'Save and send confirmation',
  emailCorrected: (name: string, email: string) =>
    `The e-mail of ${name} is now ${email}. We sent a confirmation there; ${name} signs in again after confirming.`,
  resend: 'Send confirmation again',
  resendOf: (name: string) => `Send the confirmation to ${name} again`,
  resent: (email: string) =>
    `If ${email} still waits for confirmation, a new link is on its way (at most one a minute).`,
  removalsNav: 'Removal requests',
  removalsTitle: 'Removal requests',
  removalsIntro:
    'Devices whose customer no longer has them. Decommission a device once it is collected, or withdraw the request if the customer keeps it.',
  noRemovals: 'No removal requests wait.',
  requestedReason: 'Customer’s reason',
  decommission: 'Decommission',
  decommissionOf: (serial: string) => `Decommission ${serial}`,
  decommissionNote: 'Note (optional)',
  decommissioned: (serial: string) =>
    `${serial} is decommissioned: it leaves the customer’s lists and takes no orders or readings.`,
  withdraw: 'Withdraw request',
  withdrawOf: (serial: string) => `Withdraw the removal request of ${serial}`,
  withdrawn: (serial: string) =>
    `The removal request of ${serial} is withdrawn; it is active again.`,
};
