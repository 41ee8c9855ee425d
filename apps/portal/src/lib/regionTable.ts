/** The domain's region table (every province and prefecture-level city, ~9 KB gzipped): imported only by lib/regions.ts, as its own chunk. */
export { REGIONS, ancestorsOf, provinceOf, regionByCode } from '@dualcarbon/domain';
