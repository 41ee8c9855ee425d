import { defineStore } from 'pinia';
import { ref } from 'vue';

/**
 * Where the site lives (`https://host`), for links meant to be copied or printed (citations, the
 * canonical URL, hreflang). The server renderer sets it from PUBLIC_URL (or the request's host) and it
 * reaches the browser with the rest of the state, so both render the same text.
 */
export const useSiteStore = defineStore('site', () => {
  const origin = ref(typeof location === 'undefined' ? '' : location.origin);
  return { origin };
});
