export * from './machine';
export * from './labels';
