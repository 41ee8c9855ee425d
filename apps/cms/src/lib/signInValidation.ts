import { PASSWORD_MAX_LENGTH, signInProblems } from '@dualcarbon/domain';

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

export const PASSWORD_MAX = PASSWORD_MAX_LENGTH;

const EMAIL_KEYS = { required: 'emailRequired', invalid: 'emailInvalid' } as const;
const PASSWORD_KEYS = { required: 'passwordRequired', tooLong: 'passwordTooLong' } as const;

/** Checks the sign-in form before it is sent, by the domain's sign-in schema (the one the API validates with). */
export function validateSignIn(form: SignInForm): SignInErrors {
  const problems = signInProblems(form);
  const errors: SignInErrors = {};
  if (problems.email) errors.email = { key: EMAIL_KEYS[problems.email] };
  if (problems.password === 'tooLong') errors.password = { key: PASSWORD_KEYS.tooLong, params: { max: PASSWORD_MAX } };
  else if (problems.password) errors.password = { key: PASSWORD_KEYS[problems.password] };
  return errors;
}

export function hasErrors(errors: SignInErrors): boolean {
  return Object.keys(errors).length > 0;
}
