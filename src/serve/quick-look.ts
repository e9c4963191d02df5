/**
 * The quick look of `tei-edition serve`: when one document of the last build is saved, its
 * reading page is made first, in memory, and served at once; the whole build follows and
 * publishes as always. The page is the one the build will publish (the same transform, the same
 * edition model, made from the last build's manifest with the saved document's new facts), and
 * it is shown only when the document passes what the build holds it to: its schema (libxml2 in
 * its worker, once the page is made) and the rules, with the ids of the other documents as the last build
 * knew them. Anything else (a new document, a stylesheet, the schema) waits for the build.
 */
import path from 'node:path';
import type { BuildOptions, BuildResult } from '../build.js';
import { modelOptions, ruleOptions } from '../build/corpus.js';
import { forgetKept, keepLoaded, look, scan, type ModelFile } from '../build/tasks.js';
import { keyOf } from '../build/unchanged.js';
import { readFileSync } from 'node:fs';
import { load, read, resolveLimits } from '../load/index.js';
import { readManifest, type BuildManifest, type DocumentRecord } from '../manifest/manifest.js';
import { defaultSchema } from '../paths.js';
import { renderReadingPage } from '../render/html.js';
import type { Output } from '../render/output.js';
import { startRelaxng } from '../validate/relaxng.js';
import { Stage } from '../write.js';

export interface QuickLook {
  /** The document's id. */
  id: string;
  /** Its file, as the build was given it. */
  path: string;
  /** Its reading page, by its path in the output folder. */
  pages: Output[];
}

interface Last {
  manifest: BuildManifest;
  /** The build's documents in its order (absolute paths): the edition model lists them so. */
  order: string[];
}

export class QuickLooker {
  #last: Promise<Last | null> = Promise.resolve(null);

  constructor(private readonly options: BuildOptions) {}

  /** After a build that wrote the edition: read its manifest now, while the editor reads. */
  prime(result: BuildResult): void {
    const order = result.files.map((f) => path.resolve(f.path));
    this.#last = this.#manifest().then((manifest) => (manifest ? { manifest, order } : null));
    this.#last.catch(() => undefined);
  }

  async #manifest(): Promise<BuildManifest | null> {
    const out = this.options.out ?? 'dist';
    const key = await keyOf(this.options, readFileSync(this.options.schema ?? defaultSchema));
    return readManifest(out, key, await Stage.published(out));
  }

  /** The reading page of the saved document, or null when it cannot be shown before the build. */
  async look(changed: string): Promise<QuickLook | null> {
    const last = await this.#last.catch(() => null);
    const own = path.resolve(changed);
    const records = new Map((last?.manifest.documents ?? []).map((d) => [d.path, d]));
    if (!last || !records.has(own)) return null;
    const limits = resolveLimits(this.options.limits);
    const file = await read(changed, limits);
    if (file.hasErrors) return null;
    try {
      load(file, limits);
      keepLoaded(file);
      const paths = last.order;
      const scanned = await scan({ path: changed, limits, paths }, true);
      if (!scanned.facts) return null;
      const ids = (target: string) => records.get(target)?.ids ?? [];
      const remote = {
        ids: scanned.pointers.map(([target]): [string, string[]] => [target, ids(target)]),
        pointedTo: pointedTo(own, records.values()),
      };
      const model: ModelFile = {
        documents: last.order.filter((p) => records.has(p)).map((p) => ({ path: p, facts: p === own ? scanned.facts! : records.get(p)!.facts })),
        options: modelOptions(this.options),
      };
      const looked = await look({ path: changed, limits, paths, remote, rules: ruleOptions(this.options), model }, [renderReadingPage]);
      // The schema after the page, not beside it: beside it nothing was gained (save → page
      // 652 / 676 ms in two sessions, 572 / 700 ms after it), the check being ~0.05 s in the
      // xmllint service's warm thread, and the order stays simple.
      if (looked.file !== file || file.hasErrors || looked.outputs.length === 0) return null;
      await startRelaxng([file], { schema: this.options.schema ?? defaultSchema }).finish();
      if (file.hasErrors) return null;
      return { id: file.id, path: changed, pages: looked.outputs };
    } catch {
      // the build that follows says what is wrong
      return null;
    } finally {
      forgetKept();
    }
  }
}

/** The ids of this document that the others point to, as the last build knew them. */
function pointedTo(own: string, records: Iterable<DocumentRecord>): string[] {
  const ids = new Set<string>();
  for (const r of records) {
    if (r.path === own) continue;
    for (const [target, named] of r.pointers) if (target === own) for (const id of named) ids.add(id);
  }
  return [...ids].sort();
}
