/**
 * The API's answers, one schema per route: the API types what it builds with them and produces its
 * OpenAPI document from them, the portal and the CMS read answers with their types, and the API's
 * integration tests parse every route's real answer with them (unknown keys fail).
 */
export * from './common';
export * from './entries';
export * from './targets';
export * from './regions';
export * from './editor';
export * from './newsletters';
export * from './accounts';
