import en from './messages.en.json';
import zh from './messages.zh.json';

/**
 * CMS strings of "New entry from a document", one JSON file a language, spread into en.ts / zh.ts. Write a
 * literal "@" as {'@'}. The Chinese file must have every key of the English one.
 */
export const ingestMessages = { en, zh: zh satisfies typeof en };
