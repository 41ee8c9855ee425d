export interface SignInForm {
  email: string;
  password: string;
}

/** A validation problem: an i18n key under `signIn.errors` and its parameters. */
export interface FieldError {
  key: 'emailRequired' | 'emailInvalid' | 'passwordRequired' | 'passwordTooLong';
  params?: Record<string, number>;
}

export type SignInErrors = Partial<Record<keyof SignInForm, FieldError>>;

export const PASSWORD_MAX = 1024;

// One "@", something on each side, a dot in the domain, no spaces: catches typos without rejecting real addresses.
const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** Checks the sign-in form before it is sent. Whether the password is right is the server's business. */
export function validateSignIn(form: SignInForm): SignInErrors {
  const errors: SignInErrors = {};
  const email = form.email.trim();
  if (!email) errors.email = { key: 'emailRequired' };
  else if (email.length > 320 || !EMAIL.test(email)) errors.email = { key: 'emailInvalid' };
  if (!form.password) errors.password = { key: 'passwordRequired' };
  else if (form.password.length > PASSWORD_MAX) errors.password = { key: 'passwordTooLong', params: { max: PASSWORD_MAX } };
  return errors;
}

export function hasErrors(errors: SignInErrors): boolean {
  return Object.keys(errors).length > 0;
}
