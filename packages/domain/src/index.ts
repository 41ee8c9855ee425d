export * from './taxonomies';
export * from './schemas/primitives';
export * from './schemas/target';
export * from './schemas/entry';
