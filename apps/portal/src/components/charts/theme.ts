/** Chart colours from the page's CSS custom properties, so charts follow light and dark mode. */
export interface ChartColors {
  text: string;
  muted: string;
  border: string;
  brand: string;
  accent: string;
  highlight: string;
  low: string;
  surface: string;
}

const FALLBACK: ChartColors = {
  text: '#17211c',
  muted: '#56635c',
  border: '#d7dfda',
  brand: '#0f766e',
  accent: '#65a30d',
  highlight: '#c2410c',
  low: '#d5ede7',
  surface: '#ffffff',
};

export function chartColors(): ChartColors {
  if (typeof window === 'undefined' || typeof getComputedStyle !== 'function') return FALLBACK;
  const css = getComputedStyle(document.documentElement);
  const v = (name: string, fallback: string) => css.getPropertyValue(name).trim() || fallback;
  return {
    text: v('--c-text', FALLBACK.text),
    muted: v('--c-text-muted', FALLBACK.muted),
    border: v('--c-border', FALLBACK.border),
    brand: v('--c-chart', FALLBACK.brand),
    accent: v('--c-accent', FALLBACK.accent),
    highlight: v('--c-chart-highlight', FALLBACK.highlight),
    low: v('--c-chart-low', FALLBACK.low),
    surface: v('--c-surface', FALLBACK.surface),
  };
}

/** Escapes text placed in an ECharts tooltip (which is HTML). */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
