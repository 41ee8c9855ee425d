/** English UI strings of the CMS. Taxonomy labels come from @dualcarbon/domain. Write a literal "@" as {'@'}. */
const en = {
  app: {
    name: 'dualcarbon',
    section: 'CMS',
    skipToContent: 'Skip to main content',
    portalLink: 'Public site',
    nav: 'CMS navigation',
  },
  language: {
    switchTo: '中文',
    switchLabel: 'Use the CMS in',
  },
  signIn: {
    title: 'Sign in',
    metaDescription: 'Sign in to edit and review dualcarbon entries.',
    intro: 'Editors and reviewers sign in to add, check and publish entries.',
    email: 'Email',
    password: 'Password',
    showPassword: 'Show password',
    submit: 'Sign in',
    submitting: 'Signing in…',
    errorSummary: 'Please correct the following:',
    errors: {
      emailRequired: 'Enter your email address.',
      emailInvalid: 'Enter an email address like name{\'@\'}example.org.',
      passwordRequired: 'Enter your password.',
      passwordTooLong: 'A password can be at most {max} characters.',
    },
    failed: 'Sign-in failed',
    unreachable: 'The server could not be reached. Please try again later.',
  },
  shell: {
    title: 'Signed in',
    welcome: 'Signed in as {who}.',
    role: 'Role: {role}',
    comingSoon: 'The editing and review tools arrive in a later release.',
    signOut: 'Sign out',
  },
  notFound: {
    title: 'Page not found',
    body: 'There is no CMS page at this address.',
    goSignIn: 'Go to sign-in',
  },
};

export default en;
export type Messages = typeof en;
