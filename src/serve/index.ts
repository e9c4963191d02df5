/**
 * `tei-edition watch` and `tei-edition serve`: the watcher rebuilds, the server (when asked)
 * serves the output folder with live reload. Problems go to the terminal through `report` and,
 * when serving, to every open page; the last good edition stays served.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Message } from '../message.js';
import { LiveReload, problemsOf } from './live.js';
import { startServer } from './server.js';
import { watchEdition, type BuildEvent, type WatchOptions } from './watch.js';
import type { QuickLook } from './quick-look.js';

export { watchEdition, watchedPaths, type BuildEvent, type WatchOptions } from './watch.js';
export { startServer } from './server.js';
export { LiveReload, injectClient, problemsOf } from './live.js';

export interface PreviewOptions extends WatchOptions {
  /** Serve the output folder over http with live reload. */
  serve?: boolean;
  port?: number;
  host?: string;
}

export interface Preview {
  /** The address served, when serving. */
  url: string | null;
  close(): Promise<void>;
}

export interface PreviewIo {
  /** After every build: its messages and outcome, for the terminal. */
  built(event: BuildEvent, messages: Message[]): void;
}

export async function preview(options: PreviewOptions, io: PreviewIo): Promise<Preview> {
  const live = new LiveReload();
  const out = options.out ?? 'dist';
  const watcher = watchEdition(
    // a quick look is worth making only when a page can show it
    { ...options, ...(options.serve ? { onQuickLook: (look: QuickLook) => live.looked(look.pages, look.path) } : {}) },
    (event) => {
      const messages = event.result?.files.flatMap((f) => f.messages) ?? [];
      io.built(event, messages);
      if (event.result?.written) live.built(samePages(out, live));
      else if (event.failure) live.failed([{ file: '', line: 0, column: 0, severity: 'error', reason: event.failure, ruleId: 'build', hint: null }]);
      else live.failed(problemsOf(messages));
    },
  );
  await watcher.ready;
  const running = options.serve
    ? await startServer({ root: options.out ?? 'dist', live, ...(options.port !== undefined ? { port: options.port } : {}), ...(options.host !== undefined ? { host: options.host } : {}) })
    : null;
  return {
    url: running?.url ?? null,
    async close() {
      await watcher.close();
      await running?.close();
    },
  };
}

/** The quick look's pages that the build published unchanged: open pages showing them need no reload. */
function samePages(out: string, live: LiveReload): string[] {
  return live.quickPaths.filter((rel) => {
    try {
      return readFileSync(path.join(out, ...rel.split('/')), 'utf8') === live.quickPage(rel)?.html;
    } catch {
      return false;
    }
  });
}
