export * from './types';
export * from './levels';
export * from './lookup';
export * from './zone';
export * from './zone-input';
export * from './mainland';
