import { z } from 'zod';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords';

/**
 * The sign-in and account fields, one schema each for the API (request validation) and the CMS (the
 * forms' own checks before sending), so both accept and refuse the same addresses and passwords.
 */

/** The longest address SMTP allows (RFC 5321: 64 + 1 + 255). */
export const EMAIL_MAX_LENGTH = 320;

/** Addresses are compared and stored trimmed, NFKC-normalised and lower-cased. */
export const normaliseEmail = (s: string): string => s.normalize('NFKC').trim().toLowerCase();

export const EmailSchema = z
  .string()
  .max(EMAIL_MAX_LENGTH)
  .transform(normaliseEmail)
  .pipe(z.email('Expected an email address'))
  .describe('Email address; case and surrounding spaces are ignored');

/** A password being chosen: the length rule of `newPasswordProblem`. */
export const NewPasswordSchema = z.string().min(PASSWORD_MIN_LENGTH, `password must have at least ${PASSWORD_MIN_LENGTH} characters`).max(PASSWORD_MAX_LENGTH);

/** A password being checked (sign-in, the current one when changing it): anything non-empty within the bound. */
export const CurrentPasswordSchema = z.string().min(1, 'password is required').max(PASSWORD_MAX_LENGTH);

/** `POST /api/auth/login`. */
export const SignInSchema = z.strictObject({ email: EmailSchema, password: CurrentPasswordSchema });
export type SignInBody = z.infer<typeof SignInSchema>;

export interface SignInProblems {
  email?: 'required' | 'invalid';
  password?: 'required' | 'tooLong';
}

/** What a sign-in form should say before sending (whether the password is right is the server's business). */
export function signInProblems(form: { email: string; password: string }): SignInProblems {
  const problems: SignInProblems = {};
  if (!form.email.trim()) problems.email = 'required';
  else if (!EmailSchema.safeParse(form.email).success) problems.email = 'invalid';
  if (!form.password) problems.password = 'required';
  else if (!CurrentPasswordSchema.safeParse(form.password).success) problems.password = 'tooLong';
  return problems;
}
