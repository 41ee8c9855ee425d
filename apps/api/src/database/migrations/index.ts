import { InitialSchema1795910400000 } from './1795910400000-initial-schema';

/** In order. Hand-written SQL only; `synchronize` is never used. */
export const MIGRATIONS = [InitialSchema1795910400000];
