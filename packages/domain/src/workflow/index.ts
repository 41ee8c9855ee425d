export * from './machine';
export * from './labels';
export * from './visibility';
