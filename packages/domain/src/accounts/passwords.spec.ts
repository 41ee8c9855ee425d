import { describe, expect, it } from 'vitest';
import { newPasswordProblem, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from './passwords';

describe('newPasswordProblem', () => {
  it('asks for 12 to 1024 characters, the same twice', () => {
    expect(PASSWORD_MIN_LENGTH).toBe(12);
    expect(newPasswordProblem('')).toBe('required');
    expect(newPasswordProblem('eleven-char')).toBe('tooShort');
    expect(newPasswordProblem('twelve-chars')).toBeNull();
    expect(newPasswordProblem('口令口令口令口令口令口令')).toBeNull();
    expect(newPasswordProblem('x'.repeat(PASSWORD_MAX_LENGTH + 1))).toBe('tooLong');
    expect(newPasswordProblem('twelve-chars', 'twelve-chars')).toBeNull();
    expect(newPasswordProblem('twelve-chars', 'twelve-charz')).toBe('mismatch');
  });
});
