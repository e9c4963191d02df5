/** Where a build's time went: its phases on this thread, and each document's stages in its worker. */

export interface DocumentTimes {
  id: string;
  load: number;
  validate: number;
  render: number;
  write: number;
}

export interface BuildTimes {
  /** Milliseconds of each phase, in order: read, scan, check (rules and render), schema, site, publish. */
  phases: Record<string, number>;
  /** Summed over the documents (in their workers: with two threads, up to twice the wall time). */
  stages: { load: number; validate: number; render: number; write: number };
  documents: DocumentTimes[];
  total: number;
}

export function newTimes(): { mark(phase: string): void; document(id: string): DocumentTimes; done(): BuildTimes } {
  const start = performance.now();
  let last = start;
  const phases: Record<string, number> = {};
  const documents = new Map<string, DocumentTimes>();
  const round = (n: number): number => Math.round(n * 10) / 10;
  return {
    mark(phase) {
      const now = performance.now();
      phases[phase] = round((phases[phase] ?? 0) + now - last);
      last = now;
    },
    document(id) {
      let t = documents.get(id);
      if (!t) documents.set(id, (t = { id, load: 0, validate: 0, render: 0, write: 0 }));
      return t;
    },
    done() {
      const docs = [...documents.values()].sort((a, b) => a.id.localeCompare(b.id)).map((d) => ({ id: d.id, load: round(d.load), validate: round(d.validate), render: round(d.render), write: round(d.write) }));
      const sum = (k: 'load' | 'validate' | 'render' | 'write'): number => round(docs.reduce((s, d) => s + d[k], 0));
      return { phases, stages: { load: sum('load'), validate: sum('validate'), render: sum('render'), write: sum('write') }, documents: docs, total: round(performance.now() - start) };
    },
  };
}
