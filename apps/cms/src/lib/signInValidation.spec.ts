import { describe, expect, it } from 'vitest';
import { PASSWORD_MAX, hasErrors, validateSignIn } from './signInValidation';

describe('validateSignIn', () => {
  it('accepts a well-formed email and any non-empty password', () => {
    const errors = validateSignIn({ email: '  editor@igdp.cn ', password: 'x' });
    expect(errors).toEqual({});
    expect(hasErrors(errors)).toBe(false);
  });

  it('requires both fields', () => {
    expect(validateSignIn({ email: '', password: '' })).toEqual({
      email: { key: 'emailRequired' },
      password: { key: 'passwordRequired' },
    });
    expect(validateSignIn({ email: '   ', password: 'secret' }).email).toEqual({ key: 'emailRequired' });
  });

  it.each(['editor', 'editor@', '@igdp.cn', 'editor@igdp', 'edi tor@igdp.cn', 'a@b@c.cn', 'editor@igdp..cn', '编辑@例子.中国'])(
    'rejects the malformed address %s',
    (email) => {
      expect(validateSignIn({ email, password: 'secret' }).email).toEqual({ key: 'emailInvalid' });
    },
  );

  // The API's rule (accounts can only be made with such addresses), so the form never lets through what the server refuses.
  it.each(['a@b.co', 'first.last+cms@example.org', ' Editor@IGDP.cn'])('accepts %s', (email) => {
    expect(validateSignIn({ email, password: 'secret' }).email).toBeUndefined();
  });

  it('does not trim or judge the password beyond its length', () => {
    expect(validateSignIn({ email: 'a@b.co', password: ' ' }).password).toBeUndefined();
    expect(validateSignIn({ email: 'a@b.co', password: 'x'.repeat(PASSWORD_MAX + 1) }).password).toEqual({
      key: 'passwordTooLong',
      params: { max: PASSWORD_MAX },
    });
  });
});
