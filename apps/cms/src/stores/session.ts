import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { SessionInfo } from '@/api/auth';

/**
 * Who is signed in, as the API last said. Held in memory only: a reload signs out until the
 * API offers a "who am I" endpoint (a later issue) to restore the session from its cookie.
 */
export const useSessionStore = defineStore('session', () => {
  const session = ref<SessionInfo | null>(null);
  const isSignedIn = computed(() => session.value !== null);

  function signIn(info: SessionInfo) {
    session.value = info;
  }

  function signOut() {
    session.value = null;
  }

  return { session, isSignedIn, signIn, signOut };
});
