import { adoptPostingIndex, postingIndex, type PostingIndex } from './postings';
import { Dict, FACETS, type FacetName, type Snapshot } from './snapshot';

/** A snapshot and its posting lists as plain data: typed arrays (moved, not copied) and dictionary values. */
export interface PackedSnapshot {
  snapshot: Omit<Snapshot, 'dicts'>;
  dicts: Record<FacetName, string[]>;
  index: PostingIndex;
}

/** Every distinct ArrayBuffer under a value, to hand over with postMessage instead of copying it. */
function buffersOf(value: unknown, out = new Set<ArrayBuffer>()): ArrayBuffer[] {
  if (ArrayBuffer.isView(value)) out.add(value.buffer as ArrayBuffer);
  else if (Array.isArray(value)) value.forEach((v) => buffersOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => buffersOf(v, out));
  return [...out];
}

/** The snapshot with its posting index built, ready for postMessage(packed, transfer). */
export function packSnapshot(s: Snapshot): { packed: PackedSnapshot; transfer: ArrayBuffer[] } {
  const { dicts, ...rest } = s;
  const packed: PackedSnapshot = {
    snapshot: rest,
    dicts: Object.fromEntries(FACETS.map((name) => [name, dicts[name].values])) as Record<FacetName, string[]>,
    index: postingIndex(s),
  };
  return { packed, transfer: buffersOf([rest, packed.index]) };
}

/** The snapshot back from its packed form, its posting index attached. */
export function unpackSnapshot({ snapshot, dicts, index }: PackedSnapshot): Snapshot {
  const s: Snapshot = { ...snapshot, dicts: Object.fromEntries(FACETS.map((name) => [name, Dict.of(dicts[name])])) as Record<FacetName, Dict> };
  adoptPostingIndex(s, index);
  return s;
}
