import type { DayOutcome } from '../digest/backfill.js';

export interface ProgressState {
  done: number;
  total: number;
  elapsedMs: number;
  hfRequests: number;
  arxivRequests: number;
}

const clock = (ms: number): string => {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

/** The live bar: days done, ETA and request counts. */
function formatBar(p: ProgressState, width = 24): string {
  const filled = p.total === 0 ? width : Math.round((p.done / p.total) * width);
  const eta = p.done === 0 ? '–:––' : clock((p.elapsedMs / p.done) * (p.total - p.done));
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done}/${p.total} days · ETA ${eta} · ${p.hfRequests} HF + ${p.arxivRequests} arXiv requests`;
}

/** One line per day, for logs. */
function formatDay(o: DayOutcome): string {
  return 'reason' in o ? `${o.date} ${o.status}: ${o.reason}` : `${o.date} ${o.status} ${o.path} (${o.papers} of ${o.paperCount} papers)`;
}

/** The closing line. */
export function formatSummary(outcomes: readonly DayOutcome[], p: ProgressState): string {
  const count = (s: DayOutcome['status']) => outcomes.filter((o) => o.status === s).length;
  return (
    `${count('written')} written, ${count('unchanged')} unchanged, ${count('skipped')} skipped, ${count('failed')} failed; ` +
    `${p.hfRequests + p.arxivRequests} requests (${p.hfRequests} Hugging Face, ${p.arxivRequests} arXiv) in ${(p.elapsedMs / 1000).toFixed(1)} s`
  );
}

/**
 * Progress on stderr: a bar redrawn in place on a terminal, one line per day otherwise. Warnings go
 * above the bar so that it stays on the last line.
 */
export function createProgress(write: (text: string) => void, isTTY: boolean, state: () => ProgressState) {
  const redraw = () => isTTY && write(`\r\x1b[K${formatBar(state())}`);
  return {
    day(o: DayOutcome) {
      if (isTTY) {
        if (o.status === 'failed') write(`\r\x1b[K${formatDay(o)}\n`);
        redraw();
      } else write(`${formatDay(o)}\n`);
    },
    warn(message: string) {
      write(`${isTTY ? '\r\x1b[K' : ''}warning: ${message}\n`);
      redraw();
    },
    finish(line: string) {
      write(`${isTTY ? '\r\x1b[K' : ''}${line}\n`);
    },
  };
}
