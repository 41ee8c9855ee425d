import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import { fetchImportJob, uploadImport, type ImportJob, type ImportReport } from '@/api/import';
import { asApiError, type ApiError } from '@/api/http';

export type ImportStep = 'choose' | 'checking' | 'checked' | 'running' | 'done';

/** An import: the file, its dry-run report, the job's progress, and the drafts it created. */
export const useImportStore = defineStore('import', () => {
  const file = ref<File | null>(null);
  const step = ref<ImportStep>('choose');
  const report = ref<ImportReport | null>(null);
  const job = ref<ImportJob | null>(null);
  const error = ref<ApiError | null>(null);
  /** Milliseconds between progress polls. */
  const pollEvery = ref(500);
  let timer: ReturnType<typeof setTimeout> | null = null;

  const percent = computed(() => {
    if (!job.value) return 0;
    if (job.value.total === 0) return 100;
    return Math.round(job.value.percent ?? (100 * job.value.processed) / job.value.total);
  });
  const createdRows = computed(() => (job.value?.rows ?? report.value?.rows ?? []).filter((r) => r.entryId));

  function choose(f: File | null) {
    stopPolling();
    file.value = f;
    report.value = null;
    job.value = null;
    error.value = null;
    step.value = 'choose';
  }

  /** Sends the chosen file while at step `busy`; on failure, says why and goes back to step `back`. */
  async function send(busy: ImportStep, back: ImportStep, work: (f: File) => Promise<void>) {
    if (!file.value) return;
    step.value = busy;
    error.value = null;
    try {
      await work(file.value);
    } catch (e) {
      error.value = asApiError(e);
      step.value = back;
    }
  }

  function check() {
    return send('checking', 'choose', async (f) => {
      report.value = await uploadImport(f, true);
      step.value = 'checked';
    });
  }

  function run() {
    return send('running', 'checked', async (f) => {
      const r = await uploadImport(f, false);
      report.value = r;
      if (!r.jobId) {
        step.value = 'done';
        return;
      }
      // Until the first poll answers: the job as it starts.
      job.value = {
        id: r.jobId,
        status: 'running',
        format: r.format,
        total: r.valid,
        processed: 0,
        created: 0,
        failed: 0,
        percent: 0,
        rows: r.rows,
        createdBy: null,
        createdAt: new Date().toISOString(),
        finishedAt: null,
        error: null,
      };
      await poll(r.jobId);
    });
  }

  async function poll(jobId: string) {
    try {
      job.value = await fetchImportJob(jobId);
    } catch (e) {
      error.value = asApiError(e);
    }
    if (job.value && job.value.status === 'running') timer = setTimeout(() => void poll(jobId), pollEvery.value);
    else step.value = 'done';
  }

  function stopPolling() {
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function reset() {
    choose(null);
  }

  return { file, step, report, job, error, pollEvery, percent, createdRows, choose, check, run, reset, stopPolling };
});
