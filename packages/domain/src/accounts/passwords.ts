/**
 * Password rules for accounts, shared by the API (which enforces them) and the CMS (which says what is
 * wrong before sending). Length only: a long passphrase beats composition rules.
 */
export const PASSWORD_MIN_LENGTH = 12;
/** Bounds the argon2 work an unauthenticated caller can ask for. */
export const PASSWORD_MAX_LENGTH = 1024;

export type NewPasswordProblem = 'required' | 'tooShort' | 'tooLong' | 'mismatch';

/** What is wrong with a new password (and its repetition, when the form asks twice), or null. */
export function newPasswordProblem(password: string, repeated?: string): NewPasswordProblem | null {
  if (!password) return 'required';
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  if (password.length > PASSWORD_MAX_LENGTH) return 'tooLong';
  if (repeated !== undefined && repeated !== password) return 'mismatch';
  return null;
}
