import { runIngestTask, type IngestTask } from './ingest-task';

/** Piscina's entry point (see IngestPool): one ingestion per call, off the HTTP thread. */
export default function ingest(task: IngestTask) {
  return runIngestTask(task);
}
