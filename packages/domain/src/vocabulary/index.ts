export * from './open-taxonomies';
export * from './live';
