export * from './suggestion';
export { readDocument, type DocumentReading, type ReadDocumentInput, type ReadDocumentOptions } from './read';
export { joinLines, joinParagraphs, paragraphsOf, detectLanguage, PARAGRAPH_BREAK, type Paragraph } from './text';
export type { Citation } from './citations';
export type { DocumentTarget } from './targets';
