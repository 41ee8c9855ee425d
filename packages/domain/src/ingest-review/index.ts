export * from './answer';
export * from './review';
export { proposeSlug, slugify } from './slug';
