import './styles/main.css';

import { createWebHistory } from 'vue-router';

import { createPortalApp } from './app';
import { loadRegionTable } from './lib/regions';
import { parseState, STATE_ELEMENT_ID } from './ssr/state';
import { useTaxonomyStore } from './stores/taxonomy';

// A page rendered by the server (apps/api/src/portal-render) carries its HTML and the stores' state:
// the app starts from that state and hydrates the HTML instead of rendering it again. Without it (the
// Vite dev server, a path the server does not render) the app renders into the empty #app.
const stateElement = document.getElementById(STATE_ELEMENT_ID);
const { app, router, pinia } = createPortalApp({
  history: createWebHistory(import.meta.env.BASE_URL),
  state: stateElement?.textContent ? parseState(stateElement.textContent) : undefined,
});

// The server rendered term labels from the live taxonomies, which are not in the state (ssr/state.ts):
// the same terms come first, so the hydrating render says what the server's did.
// Likewise the region table, with which the server named places and issuers (a chunk of its own, fetched
// beside the page's chunk, so it is not part of the first view's JavaScript).
const terms = stateElement ? useTaxonomyStore(pinia).load() : undefined;
const regions = stateElement ? loadRegionTable() : undefined;
void Promise.all([router.isReady(), terms, regions]).then(() => app.mount('#app'));
