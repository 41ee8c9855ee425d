import { parentPort } from 'node:worker_threads';
import { snapshotOf, type SnapshotSource } from './snapshot';
import { packSnapshot } from './snapshot-transfer';

/**
 * Builds search snapshots off the main thread (see SnapshotBuilder): splitting 100k records, the sorts
 * and the posting lists take about a second of CPU, during which the API would answer nobody.
 */
parentPort?.on('message', ({ id, source }: { id: number; source: SnapshotSource }) => {
  try {
    const { packed, transfer } = packSnapshot(snapshotOf(source));
    parentPort!.postMessage({ id, packed }, transfer);
  } catch (err) {
    parentPort!.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
