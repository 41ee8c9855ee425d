import { defineStore } from 'pinia';
import { reactive, ref } from 'vue';
import * as api from '@/api/admin';
import type { Paged } from '@/api/types';
import { useRemote } from '@/composables/useRemote';

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
  const { data, status, error, load: read } = useRemote<Paged<api.AuditEvent> | null>(null);

  function load() {
    return read(() =>
      api.listAudit({
        actor: filters.actor || undefined,
        action: filters.action.trim() || undefined,
        entityType: filters.entityType || undefined,
        from: filters.from || undefined,
        to: filters.to || undefined,
        page: page.value,
      }),
    );
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
