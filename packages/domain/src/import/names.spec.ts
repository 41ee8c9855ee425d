import { describe, expect, it } from 'vitest';
import { INSTRUMENT_TYPES, ISSUING_BODIES, METRICS, SECTORS, THEMES } from '../taxonomies';
import { createNameResolver } from './names';
import { TARGET_COLUMNS, targetColumnField } from './columns';

const resolve = createNameResolver({ sectors: SECTORS, themes: THEMES, instruments: INSTRUMENT_TYPES, issuers: ISSUING_BODIES, metrics: METRICS });

describe('import names', () => {
  it('reads places by their English or Chinese names and by code', () => {
    for (const name of ['Zhejiang', '浙江', '浙江省', 'zhejiang province', '330000']) {
      expect(resolve({ jurisdiction: name }).input).toEqual({ jurisdiction: '330000' });
    }
  });

  it.each([
    ['kind', '政策', 'policy'],
    ['level', '省级', 'provincial'],
    ['jurisdiction', 'Jilin', '220000'],
    ['sectors', ['Iron and steel', 'energy'], ['industry.steel', 'energy']],
    ['ghgs', ['二氧化碳'], ['co2']],
    [
      'targets',
      [{ metric: '森林覆盖率', comparison: 'Share', qualifier: '左右', jurisdiction: '杭州' }],
      [{ metric: 'forest_coverage', comparison: 'share', qualifier: 'about', jurisdiction: '330100' }],
    ],
  ])('reads %s by its name: %j → %j', (field, name, code) => {
    expect(resolve({ [field]: name })).toEqual({ input: { [field]: code }, issues: [] });
  });

  it('leaves unknown values for validation and says what they may have meant', () => {
    const { input, issues } = resolve({
      jurisdiction: 'Zhejang',
      sectors: ['Buildngs and construction'],
      level: 'provincal',
      targets: [{ metric: 'carbon intensty' }],
    });
    expect(input).toMatchObject({ jurisdiction: 'Zhejang' });
    expect(issues.map((i) => [i.path.join('.'), i.suggestions[0]])).toEqual([
      ['jurisdiction', '330000'],
      ['level', 'provincial'],
      ['sectors.0', 'buildings'],
      ['targets.0.metric', 'carbon_intensity'],
    ]);
    expect(issues[0].message).toBe('Unknown place "Zhejang": did you mean Zhejiang Province 浙江省 (330000)?');
    expect(resolve({ jurisdiction: 'Atlantis' }).issues[0].message).toBe('Unknown place "Atlantis"');
  });

  it('names a target column after each target field', () => {
    expect(TARGET_COLUMNS).toEqual(expect.arrayContaining(['target_metric', 'target_year', 'target_value', 'target_base_year', 'target_source_text']));
    expect(targetColumnField('target_year')).toBe('targetYear');
    expect(targetColumnField('target_value_max')).toBe('valueMax');
    expect(targetColumnField('target_colour')).toBeUndefined();
  });
});
