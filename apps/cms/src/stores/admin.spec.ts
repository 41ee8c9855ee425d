import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import * as api from '@/api/admin';
import { ApiError } from '@/api/http';
import { useTaxonomyStore } from './taxonomy';
import { useUsersStore } from './users';

vi.mock('@/api/admin', () => ({
  listTerms: vi.fn(),
  createTerm: vi.fn(),
  updateTerm: vi.fn(),
  reorderTerms: vi.fn(),
  deleteTerm: vi.fn(),
  mergeTerm: vi.fn(),
  listUsers: vi.fn(),
  inviteUser: vi.fn(),
  updateUser: vi.fn(),
  resetPassword: vi.fn(),
}));
const m = vi.mocked(api);

beforeEach(() => {
  setActivePinia(createPinia());
  vi.clearAllMocks();
});

describe('taxonomy store', () => {
  it('starts from the built-in vocabularies and takes the server’s tree', async () => {
    const store = useTaxonomyStore();
    expect(store.find('sectors', 'energy.renewables')?.parent).toBe('energy');
    m.listTerms.mockResolvedValueOnce([{ code: 'energy', en: 'Energy', zh: '能源', parent: null, order: 0, usage: 4 }]);
    await store.load('sectors');
    expect(store.source.sectors).toBe('server');
    expect(store.terms.sectors).toHaveLength(1);
  });

  it('renames at once and rolls back when refused', async () => {
    const store = useTaxonomyStore();
    let reject!: (e: unknown) => void;
    m.updateTerm.mockReturnValueOnce(new Promise((_, r) => (reject = r)));
    const p = store.rename('themes', 'hydrogen', { en: 'Hydrogen energy', zh: '氢能源' });
    expect(store.find('themes', 'hydrogen')?.en).toBe('Hydrogen energy');
    reject(new ApiError(400, 'request/invalid', 'no'));
    await expect(p).rejects.toThrow();
    expect(store.find('themes', 'hydrogen')?.en).toBe('Hydrogen');
  });

  it('puts back a term whose deletion is refused because it is in use', async () => {
    const store = useTaxonomyStore();
    m.deleteTerm.mockRejectedValueOnce(new ApiError(409, 'taxonomy/term_in_use', 'in use', { usage: 3 }));
    await expect(store.remove('sectors', 'industry.steel')).rejects.toMatchObject({ code: 'taxonomy/term_in_use' });
    expect(store.find('sectors', 'industry.steel')).toBeTruthy();
  });

  it('reorders siblings and sends their new order', async () => {
    const store = useTaxonomyStore();
    m.reorderTerms.mockResolvedValueOnce();
    await store.move('sectors', 'energy.hydrogen', -1);
    const kids = store
      .tree('sectors')
      .find((n) => n.term.code === 'energy')!
      .children.map((n) => n.term.code);
    expect(kids.slice(0, 2)).toEqual(['energy.hydrogen', 'energy.renewables']);
    expect(m.reorderTerms).toHaveBeenCalledWith('sectors', 'energy', expect.arrayContaining(['energy.hydrogen', 'energy.renewables']));
  });

  it('moves the usage of a merged term to the term it merged into', async () => {
    const store = useTaxonomyStore();
    store.terms.themes = [
      { code: 'a', en: 'A', zh: '甲', usage: 2, parent: null },
      { code: 'b', en: 'B', zh: '乙', usage: 1, parent: null },
    ];
    m.mergeTerm.mockResolvedValueOnce({ merged: 'a', into: 'b', retagged: [], observations: 0 });
    m.listTerms.mockResolvedValue([]);
    await store.merge('themes', 'a', 'b');
    expect(store.terms.themes).toEqual([{ code: 'b', en: 'B', zh: '乙', usage: 3, parent: null }]);
  });
});

const STAMPS = { createdAt: '2024-01-01T00:00:00.000Z', updatedAt: '2024-01-01T00:00:00.000Z', lastLoginAt: null };

describe('users store', () => {
  it('changes roles at once and restores them when refused', async () => {
    const store = useUsersStore();
    store.users = [{ id: 'u1', email: 'a@x.org', name: 'A', roles: ['admin'], active: true, passwordSet: true, ...STAMPS }];
    m.updateUser.mockRejectedValueOnce(new ApiError(409, 'user/last_admin', 'last admin'));
    const p = store.toggleRole('u1', 'admin', false);
    expect(store.users[0].roles).toEqual([]);
    await expect(p).rejects.toThrow('last admin');
    expect(store.users[0].roles).toEqual(['admin']);
  });

  it('invites without a password and shows a reset user as waiting for one', async () => {
    const store = useUsersStore();
    store.users = [{ id: 'u1', email: 'a@x.org', name: 'A', roles: ['editor'], active: true, passwordSet: true, ...STAMPS }];
    const invited = { id: 'u2', email: 'b@x.org', name: 'B', roles: ['reviewer' as const], active: true, passwordSet: false, ...STAMPS };
    m.inviteUser.mockResolvedValueOnce({ user: invited, invitation: { expiresAt: '2027-01-01T00:00:00.000Z', mailed: true } });
    const r = await store.invite({ email: 'b@x.org', name: 'B', roles: ['reviewer'] });
    expect(m.inviteUser).toHaveBeenCalledWith({ email: 'b@x.org', name: 'B', roles: ['reviewer'] });
    expect(r.invitation.mailed).toBe(true);
    expect(store.users.map((u) => u.id)).toEqual(['u1', 'u2']);
    m.resetPassword.mockResolvedValueOnce({ sessionsEnded: 2, link: { expiresAt: '2027-01-01T00:00:00.000Z', mailed: true } });
    await store.resetPassword('u1');
    expect(store.users[0].passwordSet).toBe(false);
  });
});
