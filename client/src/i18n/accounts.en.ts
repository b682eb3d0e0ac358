/** Forgot password, profile, password change and sessions (English). */
export const accountsEn = {
  forgotLink: 'Forgot your password?',
  forgot: {
    title: 'Forgot your password',
    intro:
      'Enter the e-mail of your user. We send a link to choose a new password; it works once, for 30 minutes.',
    submit: 'Send the link',
    sent: (email: string) =>
      `If ${email} belongs to a user, an e-mail with a link is on its way. Check your inbox (and spam) within 30 minutes.`,
    backToSignIn: 'Back to sign-in',
  },
  reset: {
    title: 'Choose a new password',
    intro: 'The new password signs you out everywhere else, and we tell you by e-mail.',
    submit: 'Save the new password and sign in',
    newLink: 'Ask for a new link',
  },
  profile: {
    link: 'Your profile',
    title: 'Your profile',
    details: 'Your details',
    phone: 'Phone',
    language: 'Language of your e-mails',
    languages: { da: 'Dansk', en: 'English' },
    save: 'Save details',
    saved: 'Your details are saved.',
    passwordTitle: 'Change password',
    currentPassword: 'Current password',
    newPassword: 'New password',
    changePassword: 'Change password',
    passwordChanged: (n: number) =>
      n === 0
        ? 'Your password is changed.'
        : `Your password is changed, and ${n} other ${n === 1 ? 'session was' : 'sessions were'} signed out.`,
    sessionsTitle: 'Where you are signed in',
    sessionsIntro:
      'Each browser or tool signed in with your user. Sign out any you do not recognise.',
    signedInAt: 'Signed in',
    expiresAt: 'Ends unless used',
    thisBrowser: 'This browser',
    otherBrowser: 'Another browser or tool',
    signOutSession: (when: string) => `Sign out the session from ${when}`,
    signOutOthers: 'Sign out everywhere else',
    signedOut: (n: number) => `${n} ${n === 1 ? 'session is' : 'sessions are'} signed out.`,
  },
  invitations: {
    resend: 'Send the invitation again',
    resent: (email: string) =>
      `A new invitation is on its way to ${email}; the previous link no longer works.`,
    revoke: 'Withdraw the invitation',
    revokeConfirm: (name: string) => `Withdraw the invitation of ${name}? The user is removed.`,
    revokeYes: 'Yes, withdraw',
    revoked: (name: string) => `The invitation of ${name} is withdrawn.`,
    enable: 'Enable user',
    enabled: (name: string) => `${name} can sign in again.`,
  },
  mailbox: { resetLink: 'Choose a new password', forgotLink: 'Reset the password' },
  codes: {
    WRONG_PASSWORD: 'The current password is not right.',
    NOT_INVITED: 'The user has accepted the invitation already.',
    NOT_DISABLED: 'The user is not disabled.',
  },
};

export type AccountsMessages = typeof accountsEn;
