export * from './types';
export * from './sectors';
export * from './instruments';
export * from './themes';
export * from './metrics';
export * from './enums';
export * from './lineage';
export * from './issuer-names';
