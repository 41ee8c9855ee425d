import { describe, expect, it } from 'vitest';
import { localizedString, pickLocalized, pickSecondary } from './localized';

describe('pickLocalized', () => {
  it('uses the reader’s language when present, unmarked', () => {
    expect(pickLocalized({ en: 'Plan', zh: '方案' }, 'en')).toEqual({ text: 'Plan', lang: 'en', isFallback: false });
    expect(pickLocalized({ en: 'Plan', zh: '方案' }, 'zh')).toEqual({ text: '方案', lang: 'zh', isFallback: false });
  });

  it('falls back to the other language and marks it', () => {
    expect(pickLocalized({ zh: '贵州省减污降碳协同增效实施方案' }, 'en')).toEqual({
      text: '贵州省减污降碳协同增效实施方案',
      lang: 'zh',
      isFallback: true,
    });
    expect(pickLocalized({ en: 'Only English' }, 'zh')).toEqual({ text: 'Only English', lang: 'en', isFallback: true });
  });

  it('treats blank text as missing', () => {
    expect(pickLocalized({ en: '   ', zh: '方案' }, 'en')).toMatchObject({ lang: 'zh', isFallback: true });
  });

  it('returns null when neither language has text', () => {
    expect(pickLocalized({}, 'en')).toBeNull();
    expect(pickLocalized(undefined, 'zh')).toBeNull();
    expect(localizedString(null, 'en')).toBe('');
  });
});

describe('pickSecondary', () => {
  it('gives the other-language title only when both exist', () => {
    expect(pickSecondary({ en: 'Plan', zh: '方案' }, 'en')).toEqual({ text: '方案', lang: 'zh', isFallback: false });
    expect(pickSecondary({ zh: '方案' }, 'en')).toBeNull(); // already shown as the fallback
    expect(pickSecondary({ en: 'Plan' }, 'en')).toBeNull();
  });
});
