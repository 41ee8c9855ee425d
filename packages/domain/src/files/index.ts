export * from './entry-files';
