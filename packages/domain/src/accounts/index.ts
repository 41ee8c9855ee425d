export * from './passwords';
export * from './credentials';
