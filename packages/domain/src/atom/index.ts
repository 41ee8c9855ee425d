export { writeAtomFeed, type AtomEntry, type AtomFeed } from './atom';
