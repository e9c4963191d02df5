/**
 * The progress line a build draws on a terminal: documents done / total, the document just
 * finished, and the time left at the pace so far. One line, redrawn in place (\r, erase to end
 * of line), at most ten times a second; erased when the build ends.
 */
import type { BuildProgress } from '../build.js';

export interface ProgressLine {
  update(event: BuildProgress): void;
  end(): void;
}

const seconds = (ms: number): string => (ms < 60_000 ? `${Math.ceil(ms / 1000)} s` : `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`);

export function progressLine(write: (s: string) => void, width = 80, now: () => number = () => performance.now()): ProgressLine {
  const started = new Map<string, number>();
  let drawn = false;
  let last = -Infinity;
  return {
    update(e) {
      const t = now();
      if (!started.has(e.phase)) started.set(e.phase, t);
      if (e.done < e.total && t - last < 100) return;
      last = t;
      const elapsed = t - started.get(e.phase)!;
      const left = e.done > 0 && e.done < e.total ? `, ${seconds((elapsed / e.done) * (e.total - e.done))} left` : '';
      const verb = e.phase === 'scan' ? 'reading' : 'rendering';
      const line = `${verb} ${e.done}/${e.total}${left} · ${e.current}`;
      write(`\r${line.length > width - 1 ? `${line.slice(0, width - 2)}…` : line}\u001b[K`);
      drawn = true;
    },
    end() {
      if (drawn) write('\r\u001b[K');
      drawn = false;
    },
  };
}
