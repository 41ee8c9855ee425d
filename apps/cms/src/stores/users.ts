import { defineStore } from 'pinia';
import type { Role } from '@dualcarbon/domain';
import * as api from '@/api/admin';
import { useRemote } from '@/composables/useRemote';

/** Users and their roles (admins). Role and activation changes show at once and roll back on refusal. */
export const useUsersStore = defineStore('users', () => {
  const { data: users, status, error, load: read } = useRemote<api.AdminUser[]>([]);

  const load = () => read(api.listUsers, { refresh: users.value.length > 0 });

  async function patchUser(id: string, change: Partial<Pick<api.AdminUser, 'name' | 'roles' | 'active'>>) {
    const before = users.value.find((u) => u.id === id);
    if (!before) return;
    const snapshot = { ...before, roles: [...before.roles] };
    users.value = users.value.map((u) => (u.id === id ? { ...u, ...change } : u));
    try {
      const saved = await api.updateUser(id, change);
      if (saved) users.value = users.value.map((u) => (u.id === id ? saved : u));
    } catch (e) {
      users.value = users.value.map((u) => (u.id === id ? snapshot : u));
      throw e;
    }
  }

  function toggleRole(id: string, role: Role, on: boolean) {
    const u = users.value.find((x) => x.id === id);
    if (!u) return Promise.resolve();
    const roles = on ? [...new Set([...u.roles, role])] : u.roles.filter((r) => r !== role);
    return patchUser(id, { roles });
  }

  function setActive(id: string, active: boolean) {
    return patchUser(id, { active });
  }

  async function invite(input: { email: string; name: string; roles: Role[] }) {
    const result = await api.inviteUser(input);
    users.value = [...users.value, result.user].sort((a, b) => a.email.localeCompare(b.email));
    return result;
  }

  /** The user's password stops working until they choose a new one through the mailed link. */
  async function resetPassword(id: string) {
    const result = await api.resetPassword(id);
    users.value = users.value.map((u) => (u.id === id ? { ...u, passwordSet: false } : u));
    return result;
  }

  return { users, status, error, load, toggleRole, setActive, patchUser, invite, resetPassword };
});
