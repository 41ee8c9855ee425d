/** A progress bar on stderr: redrawn in place on a terminal, a line per 10 % otherwise (CI logs). */
export function progressBar(total: number, label: string, out: NodeJS.WriteStream = process.stderr) {
  const started = Date.now();
  let lastDecile = -1;
  const line = (done: number, extra: string) => {
    const ratio = total ? done / total : 1;
    const secs = (Date.now() - started) / 1000;
    const rate = secs > 0 ? Math.round(done / secs) : 0;
    const width = 30;
    const filled = Math.round(ratio * width);
    return `${label} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${(ratio * 100).toFixed(0).padStart(3)}% ${done}/${total} ${rate}/s ${extra}`;
  };
  return {
    update(done: number, extra = '') {
      if (out.isTTY) {
        out.write(`\r${line(done, extra)}\x1b[K`);
        return;
      }
      const decile = Math.floor((total ? done / total : 1) * 10);
      if (decile !== lastDecile) {
        lastDecile = decile;
        out.write(`${line(done, extra)}\n`);
      }
    },
    stop() {
      if (out.isTTY) out.write('\n');
    },
  };
}
