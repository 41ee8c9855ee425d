/** Canonical units: the dimension each stands for, how Chinese writes them, and conversion of a quantity written in other units. */
import { findQuantities, type Dimension } from './quantities';
import { foldText } from './text';

/**
 * Canonical units: the dimension each measures and its factor to the dimension's base unit (one above 1
 * means the unit is already scaled: "74 GW", never "74 thousand MW"), and how Chinese writes an amount of
 * it: in `zh`, `zhFactor` (default: the factor) of them to one canonical unit.
 */
interface CanonicalUnit {
  dim: Dimension;
  factor: number;
  zh?: string;
  zhFactor?: number;
}

const UNITS: Record<string, CanonicalUnit> = {
  '%': { dim: 'percent', factor: 1 },
  t: { dim: 'mass', factor: 1, zh: '吨' },
  't/yr': { dim: 'mass', factor: 1, zh: '吨/年' },
  't CO₂/yr': { dim: 'mass', factor: 1, zh: '吨二氧化碳/年' },
  'Mt CO₂e': { dim: 'mass', factor: 1e6, zh: '吨二氧化碳当量' },
  'Mt CO₂': { dim: 'mass', factor: 1e6, zh: '吨二氧化碳' },
  kt: { dim: 'mass', factor: 1e3, zh: '吨' },
  Mt: { dim: 'mass', factor: 1e6, zh: '吨' },
  tce: { dim: 'tce', factor: 1, zh: '吨标准煤' },
  Mtce: { dim: 'tce', factor: 1e6, zh: '吨标准煤' },
  kWh: { dim: 'energy', factor: 1, zh: '千瓦时' },
  GWh: { dim: 'energy', factor: 1e6, zh: '千瓦时' },
  TWh: { dim: 'energy', factor: 1e9, zh: '千瓦时' },
  kW: { dim: 'power', factor: 1, zh: '千瓦' },
  MW: { dim: 'power', factor: 1e3, zh: '千瓦' },
  GW: { dim: 'power', factor: 1e6, zh: '千瓦' },
  'm²': { dim: 'area', factor: 1, zh: '平方米' },
  km2: { dim: 'area', factor: 1e6, zh: '平方公里', zhFactor: 1 },
  'm³': { dim: 'volume', factor: 1, zh: '立方米' },
  'million m³': { dim: 'volume', factor: 1e6, zh: '立方米' },
  yuan: { dim: 'money', factor: 1, zh: '元' },
  vehicles: { dim: 'count', factor: 1, zh: '辆' },
  stations: { dim: 'count', factor: 1, zh: '座' },
  projects: { dim: 'count', factor: 1, zh: '个' },
  platforms: { dim: 'count', factor: 1, zh: '个' },
};

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
