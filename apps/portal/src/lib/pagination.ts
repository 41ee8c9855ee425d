/** Page numbers to show around the current one, with null for a gap: 1 … 4 5 6 … 12. */
export function pageWindow(page: number, pageCount: number, radius = 1): (number | null)[] {
  const out: (number | null)[] = [];
  for (let p = 1; p <= pageCount; p++) {
    if (p === 1 || p === pageCount || Math.abs(p - page) <= radius) out.push(p);
    else if (out[out.length - 1] !== null) out.push(null);
  }
  return out;
}
