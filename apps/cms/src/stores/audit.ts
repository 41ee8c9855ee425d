import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';
import * as api from '@/api/admin';
import { ApiError } from '@/api/http';
import type { Paged } from '@/api/types';

export interface AuditFilters {
  actor: string;
  action: string;
  entityType: string;
  from: string;
  to: string;
}

const emptyFilters = (): AuditFilters => ({ actor: '', action: '', entityType: '', from: '', to: '' });

/** The audit log with its filters and page. */
export const useAuditStore = defineStore('audit', () => {
  const filters = reactive<AuditFilters>(emptyFilters());
  const page = ref(1);
  const data = ref<Paged<api.AuditEvent> | null>(null);
  const status = ref<'idle' | 'loading' | 'ready' | 'error'>('idle');
  const error = ref<ApiError | null>(null);
  let seq = 0;

  async function load() {
    const mine = ++seq;
    status.value = 'loading';
    error.value = null;
    try {
      const result = await api.listAudit({
        actor: filters.actor || undefined,
        action: filters.action.trim() || undefined,
        entityType: filters.entityType || undefined,
        from: filters.from || undefined,
        to: filters.to || undefined,
        page: page.value,
      });
      if (mine !== seq) return;
      data.value = result;
      status.value = 'ready';
    } catch (e) {
      if (mine !== seq) return;
      error.value = e instanceof ApiError ? e : new ApiError(0, 'unknown', String(e));
      status.value = 'error';
    }
  }

  function setFilters(next: Partial<AuditFilters>) {
    Object.assign(filters, next);
    page.value = 1;
  }

  function resetFilters() {
    Object.assign(filters, emptyFilters());
    page.value = 1;
  }

  return { filters, page, data, status, error, load, setFilters, resetFilters };
});
