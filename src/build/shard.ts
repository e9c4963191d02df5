/**
 * Builds beyond one machine: `--shard i/n` renders the documents whose id hashes to share i of n
 * (stable whatever the order or number of files), into an output of their pages plus a shard
 * manifest; `tei-edition merge` joins the shards' outputs and writes the corpus-wide pages from
 * the manifests (each document's facts, header and data), as a whole build would.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { TeiFile } from '../file.js';
import type { DocumentRecord } from '../manifest/manifest.js';
import { editionFromFacts, type EditionModelOptions } from '../model/edition.js';
import { Stage } from '../write.js';
import type { BuildResult } from '../build.js';
import type { Lists } from './corpus.js';
import { treeOf } from './portable.js';
import { SHARD_FILE, type ShardSpec } from './shard-spec.js';

export { SHARD_FILE, parseShard, shardOf, type ShardSpec } from './shard-spec.js';
import { duplicateIds, siteOutputs, stagedOutputs, warnNoBaseUrl } from './site.js';
import { newTimes } from './times.js';

export interface ShardManifest {
  format: 1;
  /** The build key (toolkit, stylesheets, schema, options): shards of one build share it. */
  key: string;
  shard: ShardSpec;
  options: EditionModelOptions;
  documents: DocumentRecord[];
}

export interface MergeOptions {
  /** The shards' output folders. */
  shards: readonly string[];
  out?: string;
}

export async function merge(options: MergeOptions, lists: Lists): Promise<BuildResult> {
  const times = newTimes();
  const out = options.out ?? 'dist';
  if (options.shards.length === 0) throw new UsageError('merge needs the output folders of the shards');
  const shards = await Promise.all(
    options.shards.map(async (dir) => {
      try {
        return { dir: path.resolve(dir), manifest: JSON.parse(await readFile(path.join(dir, SHARD_FILE), 'utf8')) as ShardManifest };
      } catch (err) {
        throw new UsageError(`${dir} is not the output of a shard build: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`, `build it with tei-edition build --shard i/n --out ${dir}`);
      }
    }),
  );
  const first = shards[0]!.manifest;
  const count = first.shard.count;
  const seen = new Set<number>();
  for (const { dir, manifest } of shards) {
    if (manifest.format !== 1 || manifest.key !== first.key || manifest.shard.count !== count) {
      throw new UsageError(`${dir} is a shard of another build (other sources of the toolkit, schema, options, or number of shards)`, 'build every shard with the same toolkit, schema and options');
    }
    if (seen.has(manifest.shard.index)) throw new UsageError(`shard ${manifest.shard.index}/${count} is given twice`);
    seen.add(manifest.shard.index);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) throw new UsageError(`shards missing: ${missing.map((i) => `${i}/${count}`).join(', ')}`, 'give the output folder of every shard');
  times.mark('read');

  const docs = shards.flatMap(({ dir, manifest }) => manifest.documents.map((record) => ({ dir, record })));
  const files = docs.map(({ record }) => {
    const file = new TeiFile(record.path, '');
    file.tree = treeOf(record.header);
    file.partialTree = true;
    file.wellFormed = true;
    file.isTei = true;
    Object.assign(file.data, record.data);
    file.messages.push(...record.messages);
    return file;
  });
  duplicateIds(files);
  if (files.some((f) => f.hasErrors)) return { files, edition: null, written: false, changed: false, rendered: [], out, times: times.done() };
  const model = editionFromFacts(
    docs.map(({ record }, i) => ({ ...record.facts, file: files[i]! })),
    first.options,
  );
  // a whole build says this once; each shard said it too, for its own documents
  for (const f of files) for (let i = f.messages.length - 1; i >= 0; i--) if (f.messages[i]!.ruleId === 'citation-base-url') f.messages.splice(i, 1);
  if (!model.baseUrl) warnNoBaseUrl(files);

  const stage = await Stage.open(out);
  try {
    const ordered = docs.map((d, i) => ({ ...d, file: files[i]! })).sort((a, b) => a.record.id.localeCompare(b.record.id));
    for (const { dir, record } of ordered) for (const e of record.outputs) await stage.take(dir, e);
    times.mark('take');
    const entries = ordered.flatMap(({ record }) => record.outputs);
    const site = await siteOutputs(lists.siteRenderers, files, model, stagedOutputs(stage.dir, entries), stage.previous ? { previous: stage.previous } : {});
    if (files.some((f) => f.hasErrors)) return { files, edition: model, written: false, changed: false, rendered: [], out, times: times.done() };
    await stage.write(site);
    times.mark('site');
    const changed = await stage.publish();
    times.mark('publish');
    return { files, edition: model, written: true, changed, rendered: [], out, times: times.done() };
  } finally {
    await stage.abort();
  }
}
