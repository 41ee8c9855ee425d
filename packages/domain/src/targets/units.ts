/** Canonical units: the dimension each stands for, and conversion of a quantity written in other units. */
import { findQuantities, type Dimension } from './quantities';
import { foldText } from './text';

/** Canonical units and the dimension and factor (to the dimension's base unit) they stand for. */
const UNIT_DIMS: Record<string, [Dimension, number]> = {
  '%': ['percent', 1],
  t: ['mass', 1],
  't/yr': ['mass', 1],
  't CO₂/yr': ['mass', 1],
  'Mt CO₂e': ['mass', 1e6],
  'Mt CO₂': ['mass', 1e6],
  kt: ['mass', 1e3],
  Mt: ['mass', 1e6],
  tce: ['tce', 1],
  Mtce: ['tce', 1e6],
  kWh: ['energy', 1],
  GWh: ['energy', 1e6],
  TWh: ['energy', 1e9],
  kW: ['power', 1],
  MW: ['power', 1e3],
  GW: ['power', 1e6],
  'm²': ['area', 1],
  km2: ['area', 1e6],
  'm³': ['volume', 1],
  'million m³': ['volume', 1e6],
  yuan: ['money', 1],
};

/** A canonical unit's dimension and factor; a unit the table does not know is a count ("vehicles", "stations"). */
export const unitDim = (unit: string): [Dimension, number] => UNIT_DIMS[unit] ?? ['count', 1];

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
