/** Charts do not animate for readers who asked for less motion, nor under automation (stable screenshots). */
export function chartsShouldAnimate(): boolean {
  if (typeof window === 'undefined') return false;
  if (navigator.webdriver) return false;
  return !window.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
}
