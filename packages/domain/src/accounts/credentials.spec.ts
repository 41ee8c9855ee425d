import { describe, expect, it } from 'vitest';
import { EmailSchema, NewPasswordSchema, SignInSchema, signInProblems } from './credentials';
import { PASSWORD_MAX_LENGTH } from './passwords';

describe('EmailSchema', () => {
  it('normalises case, width and surrounding spaces', () => {
    expect(EmailSchema.parse('  Editor@IGDP.cn ')).toBe('editor@igdp.cn');
    expect(EmailSchema.parse('ｅｄｉｔｏｒ@igdp.cn')).toBe('editor@igdp.cn');
  });

  it.each(['editor', 'editor@', '@igdp.cn', 'editor@igdp', 'edi tor@igdp.cn', 'a@b@c.cn', 'editor@igdp..cn', `${'a'.repeat(320)}@b.cn`])(
    'refuses %s',
    (email) => expect(EmailSchema.safeParse(email).success).toBe(false),
  );

  it.each(['a@b.co', 'first.last+cms@example.org'])('accepts %s', (email) => expect(EmailSchema.safeParse(email).success).toBe(true));
});

describe('signInProblems', () => {
  it('needs both fields and says which is wrong', () => {
    expect(signInProblems({ email: '', password: '' })).toEqual({ email: 'required', password: 'required' });
    expect(signInProblems({ email: '   ', password: 'x' })).toEqual({ email: 'required' });
    expect(signInProblems({ email: 'editor@igdp', password: 'x' })).toEqual({ email: 'invalid' });
    expect(signInProblems({ email: 'a@b.co', password: 'x'.repeat(PASSWORD_MAX_LENGTH + 1) })).toEqual({ password: 'tooLong' });
  });

  it('agrees with the schema the API validates sign-ins with', () => {
    for (const form of [
      { email: ' Editor@igdp.cn', password: ' ' },
      { email: 'editor@igdp', password: 'x' },
      { email: 'a@b.co', password: '' },
    ]) {
      expect(Object.keys(signInProblems(form)).length === 0).toBe(SignInSchema.safeParse(form).success);
    }
  });
});

describe('NewPasswordSchema', () => {
  it('takes 12 to 1024 characters', () => {
    expect(NewPasswordSchema.safeParse('eleven-char').success).toBe(false);
    expect(NewPasswordSchema.safeParse('twelve-chars').success).toBe(true);
    expect(NewPasswordSchema.safeParse('x'.repeat(PASSWORD_MAX_LENGTH + 1)).success).toBe(false);
  });
});
