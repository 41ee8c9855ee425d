/** Canonical units: the dimension each stands for, how Chinese writes them, and conversion of a quantity written in other units. */
import { findQuantities, type Dimension } from './quantities';
import { foldText } from './text';

/**
 * Canonical units by the dimension they measure: unit → [its factor to the dimension's base unit (the one at
 * 1), how Chinese writes it, how many of that one canonical unit is (default: the factor)]. A factor above 1
 * means the unit is already scaled: "74 GW", never "74 thousand MW".
 */
const UNITS_BY_DIMENSION: Partial<Record<Dimension, Record<string, [factor: number, zh?: string, zhFactor?: number]>>> = {
  percent: { '%': [1] },
  mass: {
    t: [1, '吨'],
    't/yr': [1, '吨/年'],
    't CO₂/yr': [1, '吨二氧化碳/年'],
    kt: [1e3, '吨'],
    Mt: [1e6, '吨'],
    'Mt CO₂': [1e6, '吨二氧化碳'],
    'Mt CO₂e': [1e6, '吨二氧化碳当量'],
  },
  tce: { tce: [1, '吨标准煤'], Mtce: [1e6, '吨标准煤'] },
  energy: { kWh: [1, '千瓦时'], GWh: [1e6, '千瓦时'], TWh: [1e9, '千瓦时'] },
  power: { kW: [1, '千瓦'], MW: [1e3, '千瓦'], GW: [1e6, '千瓦'] },
  area: { 'm²': [1, '平方米'], km2: [1e6, '平方公里', 1] },
  volume: { 'm³': [1, '立方米'], 'million m³': [1e6, '立方米'] },
  money: { yuan: [1, '元'] },
  count: { vehicles: [1, '辆'], stations: [1, '座'], projects: [1, '个'], platforms: [1, '个'] },
};

interface CanonicalUnit {
  dim: Dimension;
  factor: number;
  zh?: string;
  zhFactor?: number;
}

const UNITS: Record<string, CanonicalUnit> = Object.fromEntries(
  Object.entries(UNITS_BY_DIMENSION).flatMap(([dim, units]) =>
    Object.entries(units).map(([unit, [factor, zh, zhFactor]]) => [unit, { dim: dim as Dimension, factor, zh, zhFactor }]),
  ),
);

/** A canonical unit's dimension and factor; a unit the table does not know is a count. */
export function unitDim(unit: string): [Dimension, number] {
  const u = UNITS[unit];
  return u ? [u.dim, u.factor] : ['count', 1];
}

/** Whether a unit is already scaled (GW, Mt, km2): its amounts are never said in millions or billions. */
export const isScaledUnit = (unit: string): boolean => (UNITS[unit]?.factor ?? 1) > 1;

/** How Chinese writes a canonical unit: the unit and how many of it one canonical unit is ("GW" → 千瓦, 1e6); undefined if it has none. */
export function zhUnit(unit: string): [string, number] | undefined {
  const u = UNITS[unit];
  return u?.zh ? [u.zh, u.zhFactor ?? u.factor] : undefined;
}

const round = (x: number) => Number(x.toPrecision(12));

/**
 * A value written in another unit, in the canonical unit `to`: (7400, "万千瓦", "GW") → 74, (3.6, "亿吨标准煤",
 * "Mtce") → 360, (200, "万辆", "vehicles") → 2000000. Undefined when the unit is not understood or measures
 * something else (kWh for a GW metric).
 */
export function convertToUnit(value: number, unit: string, to: string): number | undefined {
  const written = unit.trim();
  if (!Number.isFinite(value) || !written) return undefined;
  if (written === to) return value;
  const text = foldText(`1 ${written}`);
  const q = findQuantities(text).find((x) => x.start === 0);
  const [dim, factor] = unitDim(to);
  if (!q || q.end !== text.length || q.dim !== dim || q.valueMax !== undefined) return undefined;
  return round((value * q.value) / factor);
}
