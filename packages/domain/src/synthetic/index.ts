export { syntheticEntry, syntheticEntries, type SyntheticOptions } from './generate';
export { createRandom, type Random } from './random';
export { TOPICS, type Topic } from './vocabulary';
