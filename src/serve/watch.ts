/**
 * `tei-edition watch`: builds once, then again whenever a TEI file, a stylesheet or the schema
 * changes. Saves come in bursts (an editor writes a temp file and renames it; git checks out
 * many files), so changes are gathered for a short debounce and never overlap a build: a change
 * during a build queues exactly one more. The process stays warm between builds (saxon-js
 * loaded, the SEF parsed and kept while the stylesheets are unchanged). A saved document's
 * reading page comes first (the quick look); the build starts once the open pages have loaded
 * it, since it takes the thread that serves them.
 */
import path from 'node:path';
import { watch as chokidar, type FSWatcher } from 'chokidar';
import { build, type BuildOptions, type BuildResult } from '../build.js';
import { defaultSchema, xsltDir } from '../paths.js';
import { forgetToolkit } from '../manifest/manifest.js';
import { forgetStylesheets } from '../render/sef.js';
import { forgetAssets } from '../render/html-assets.js';
import { forgetCorpusAssets } from '../render/corpus/index.js';
import { QuickLooker, type QuickLook } from './quick-look.js';

export interface WatchOptions extends BuildOptions {
  /** Milliseconds of quiet after a change before the build starts (default 60). */
  debounce?: number;
  /**
   * When one document of the last build was saved: its reading page, made before the build
   * (src/serve/quick-look.ts), for the server to show at once. Not asked for, not made. The
   * build waits for what it returns: the open pages loading the look (served by this thread).
   */
  onQuickLook?: (look: QuickLook) => void | Promise<void>;
}

export interface BuildEvent {
  result: BuildResult | null;
  /** A build that threw (an unreadable file, a usage error): its message. */
  failure: string | null;
  /** Paths whose change started this build (empty for the first). */
  changed: string[];
  ms: number;
}

export interface Watcher {
  /** Resolves when the first build is done and the watcher is listening. */
  ready: Promise<void>;
  close(): Promise<void>;
}

/** What to watch: the inputs, the stylesheets and their assets, the schema. */
export function watchedPaths(options: BuildOptions): string[] {
  return [...options.inputs, xsltDir, options.schema ?? defaultSchema].map((p) => path.resolve(p));
}

export function watchEdition(options: WatchOptions, onBuild: (event: BuildEvent) => void): Watcher {
  const wait = options.debounce ?? 60;
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | null = null;
  let again = false;
  let closed = false;
  const out = path.resolve(options.out ?? 'dist');
  const schema = path.resolve(options.schema ?? defaultSchema);
  const looker = options.onQuickLook ? new QuickLooker(options) : null;
  const isDocument = (p: string) => /\.xml$/i.test(p) && !p.startsWith(xsltDir + path.sep) && p !== schema;

  const run = async (): Promise<void> => {
    const paths = [...changed];
    changed.clear();
    if (looker && paths.length === 1 && isDocument(paths[0]!)) {
      const look = await looker.look(paths[0]!);
      if (look && !closed) await options.onQuickLook!(look);
    }
    // a changed stylesheet or asset is compiled and read again; the rest stays warm
    if (paths.some((p) => p.startsWith(xsltDir + path.sep))) {
      forgetStylesheets();
      forgetToolkit();
      forgetAssets();
      forgetCorpusAssets();
    }
    const started = performance.now();
    let result: BuildResult | null = null;
    let failure: string | null = null;
    try {
      result = await build(options);
      if (result.written) looker?.prime(result);
    } catch (err) {
      failure = (err as Error).message;
    }
    if (!closed) onBuild({ result, failure, changed: paths, ms: performance.now() - started });
  };
  const schedule = (): void => {
    if (running) {
      again = true;
      return;
    }
    running = run().finally(() => {
      running = null;
      if (again && !closed) {
        again = false;
        schedule();
      }
    });
  };
  const onChange = (p: string): void => {
    const full = path.resolve(p);
    // the build's own output (dist.v-…, dist.tmp-…) is no reason to build again
    if (full === out || full.startsWith(`${out}.`) || full.startsWith(out + path.sep)) return;
    if (!/\.(xml|xsl|rng|css|js|json|svg)$/i.test(full)) return;
    changed.add(full);
    clearTimeout(timer);
    timer = setTimeout(schedule, wait);
  };

  let watcher: FSWatcher | undefined;
  const ready = (async () => {
    running = run().finally(() => {
      running = null;
    });
    await running;
    if (closed) return;
    watcher = chokidar(watchedPaths(options), { ignoreInitial: true, awaitWriteFinish: false });
    watcher.on('add', onChange).on('change', onChange).on('unlink', onChange);
    await new Promise<void>((resolve) => watcher!.once('ready', () => resolve()));
  })();

  return {
    ready,
    async close() {
      closed = true;
      clearTimeout(timer);
      await watcher?.close();
      await running;
    },
  };
}
