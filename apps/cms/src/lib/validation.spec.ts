import { describe, expect, it } from 'vitest';
import { parseEntryInput } from '@dualcarbon/domain';
import { cleanEntry, toForm } from './entryForm';
import { fieldId, indexIssues, validateForm } from './validation';
import { localizeIssue } from './issueMessages';

describe('form validation', () => {
  it('gives the domain’s own messages, addressed to fields (what the API answers with)', () => {
    const form = toForm({ kind: 'policy', slug: 'Bad Slug', title: {}, jurisdiction: '420000', level: 'city' });
    const issues = validateForm(form);
    const api = parseEntryInput(cleanEntry(form));
    expect(api.ok).toBe(false);
    expect(issues).toEqual(!api.ok ? api.issues : []);
    const index = indexIssues(issues);
    expect(index.at('slug')).toEqual(['Slug may contain lower-case letters, digits and single hyphens']);
    expect(index.at('title.en')).toEqual(['Give a title in English or Chinese']);
  });

  it('checks what only the whole entry shows, once the shape is right', () => {
    const form = toForm({ kind: 'policy', slug: 'hubei-plan', title: { en: 'Plan' }, jurisdiction: '420000', level: 'city' });
    expect(indexIssues(validateForm(form)).at('level')[0]).toMatch(/Hubei.*provincial/);
    form.level = 'provincial';
    form.targets.push({ metric: 'carbon_intensity', comparison: 'reduction', value: 18, unit: '%', targetYear: 2020, baseYear: 2020 });
    const index = indexIssues(validateForm(form));
    expect(index.at('targets.0.targetYear')).toEqual(['Target year must be after the base year (2020)']);
    expect(index.under('targets')).toHaveLength(1);
  });

  it('translates known messages for the Chinese interface and keeps unknown ones', () => {
    expect(localizeIssue('Give a title in English or Chinese', 'zh')).toBe('请填写英文或中文标题');
    expect(localizeIssue('Target year must be after the base year (2020)', 'zh')).toBe('目标年份须晚于基准年（2020）');
    expect(localizeIssue('At most 500 characters', 'zh')).toBe('最多 500 个字符');
    expect(localizeIssue('Something new', 'zh')).toBe('Something new');
    expect(localizeIssue('Give a title in English or Chinese', 'en')).toBe('Give a title in English or Chinese');
  });

  it('makes DOM ids from paths', () => {
    expect(fieldId('targets.0.baseYear')).toBe('f-targets-0-baseYear');
  });
});
