/** Kinds of place an entry can apply to. Counties are not listed: county-level entries attach to their city. */
export const REGION_KINDS = ['country', 'province', 'city', 'zone'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

/**
 * A place. Codes are GB/T 2260 six-digit codes ("440300" Shenzhen), "CN" for the country, and
 * "<cityCode>-<slug>" for industrial zones and pilot areas, which admins add (they live in the DB).
 */
export interface Region {
  code: string;
  parent: string | null;
  kind: RegionKind;
  /** Full official name: 深圳市, 内蒙古自治区. */
  zh: string;
  /** Name without the administrative suffix: 深圳, 内蒙古. */
  zhShort: string;
  /** Full English name: "Shenzhen City", "Inner Mongolia Autonomous Region". */
  en: string;
  /** Short English name: "Shenzhen", "Inner Mongolia". */
  enShort: string;
  /** Other spellings search should accept ("Tibet", "Macau", "Lvliang"). */
  alt?: readonly string[];
}
