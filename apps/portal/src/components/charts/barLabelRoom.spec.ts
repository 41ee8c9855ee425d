import { describe, expect, it } from 'vitest';
import { barLabelRoom, labelWidth } from './barLabelRoom';

describe('room for bar labels', () => {
  it('leaves room for the longest value label, so none is cut', () => {
    expect(barLabelRoom(['−18%', '−13.5%'])).toBe(76);
    const long = 'a reduction of more than 68%';
    expect(barLabelRoom(['−18%', long])).toBeGreaterThanOrEqual(labelWidth(long) + 16);
    expect(labelWidth('下降超过68%')).toBeGreaterThan(labelWidth('68%') + 40);
  });
});
