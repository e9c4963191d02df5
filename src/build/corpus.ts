/**
 * A build of any number of documents, in phases (issue 14):
 *   1. this thread reads every text (libxml2 validates them against the schema in its own worker
 *      meanwhile) and hashes it; the pool scans each changed document (parse → facts, header,
 *      ids, pointers) and drops its tree;
 *   2. this thread builds the edition model from the facts;
 *   3. the pool checks and renders each document that changed (its text, what its rules read of
 *      the others, or what its pages read of the edition), writing its outputs straight into the
 *      staging folder; unchanged documents' files are hard-linked from the published version;
 *   4. the site renderers run on the model, the headers and the documents' data;
 *   5. the staging folder is published atomically (src/write.ts) and the manifest written.
 * Peak memory is the largest document's tree per worker, plus the texts libxml2 validates.
 */
import { rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TeiFile } from '../file.js';
import { resolveLimits } from '../load/index.js';
import { readInputs } from '../load/collect.js';
import { sha256, writeManifest, type BuildManifest, type DocumentRecord } from '../manifest/manifest.js';
import { editionFromFacts, type EditionModel, type EditionModelOptions } from '../model/edition.js';
import { defaultSchema } from '../paths.js';
import type { Renderer, SiteRenderer } from '../render/output.js';
import { dropEchoes } from '../validate/index.js';
import { startRelaxng } from '../validate/relaxng.js';
import { Stage } from '../write.js';
import type { BuildOptions, BuildResult } from '../build.js';
import { treeOf } from './portable.js';
import { intact, prelude, upToDate } from './unchanged.js';
import { runner } from './runner.js';
import type { ShardManifest } from './shard.js';
import { SHARD_FILE, shardOf } from './shard-spec.js';
import { dropRenderMessages, duplicateIds, siteOutputs, stagedOutputs, warnNoBaseUrl } from './site.js';
import type { CheckResult, CheckTask, ModelFile, ScanResult } from './tasks.js';
import { newTimes, type BuildTimes } from './times.js';

export interface Lists {
  renderers: readonly Renderer[];
  siteRenderers: readonly SiteRenderer[];
}

export function modelOptions(options: BuildOptions): EditionModelOptions {
  return {
    ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
    ...(options.contactEmail !== undefined ? { contactEmail: options.contactEmail } : {}),
    ...(options.oaiGateway !== undefined ? { oaiGateway: options.oaiGateway } : {}),
    ...(options.uiLang !== undefined ? { uiLang: options.uiLang } : {}),
    ...(options.pdf ? { pdf: true } : {}),
  };
}

/** What a document's rules are told of the build: the schema given, and the conventions asked for. */
export function ruleOptions(options: BuildOptions): CheckTask['rules'] {
  return {
    ...(options.schema !== undefined ? { schema: options.schema } : {}),
    ...(options.conventions !== undefined ? { conventions: options.conventions } : {}),
  };
}

/** What every document's pages read of the edition besides themselves (src/render/citation/). */
export function editionKeyOf(edition: EditionModel): string {
  return sha256(JSON.stringify([edition.baseUrl, edition.contactEmail, edition.oaiGateway, edition.modified, edition.documents.length === 1, edition.formats.pdf, edition.documents.map((d) => d.uiLang)]));
}

const recordOf = (scan: ScanResult, deps: string, check: Pick<CheckResult, 'messages' | 'data' | 'outputs'>): DocumentRecord => ({
  path: path.resolve(scan.path),
  id: scan.id,
  textHash: scan.textHash,
  facts: scan.facts!,
  header: scan.header!,
  ids: scan.ids,
  pointers: scan.pointers,
  deps,
  messages: check.messages,
  data: check.data,
  outputs: check.outputs,
});

const scanOf = (r: DocumentRecord, given: string): ScanResult => ({
  path: given,
  id: r.id,
  textHash: r.textHash,
  wellFormed: true,
  isTei: true,
  facts: r.facts,
  header: r.header,
  ids: r.ids,
  pointers: r.pointers,
  ms: { load: 0 },
});

export async function buildCorpus(options: BuildOptions, lists: Lists): Promise<BuildResult> {
  const times = newTimes();
  const out = options.out ?? 'dist';
  const progress = options.progress;
  const limits = resolveLimits(options.limits);
  const files = await readInputs(options.inputs, limits);
  const paths = files.map((f) => f.path);
  duplicateIds(files);
  const pre = await prelude(options, files);
  const quick = await upToDate(options, pre);
  if (quick) return quick;
  const { hashes, key, published, previous } = pre;
  const schemaPath = options.schema ?? defaultSchema;
  const before = new Map((previous?.documents ?? []).map((d) => [d.path, d]));
  const recordFor = (f: TeiFile): DocumentRecord | undefined => {
    const r = before.get(path.resolve(f.path));
    return r && r.textHash === hashes.get(f) ? r : undefined;
  };
  const mine = (f: TeiFile): boolean => !options.shard || shardOf(f.id, options.shard.count) === options.shard.index;
  times.mark('read');

  // The schema judges the texts that changed, in libxml2's worker, while the rest goes on.
  const schema = startRelaxng(files.filter((f) => mine(f) && !recordFor(f)), { schema: schemaPath });
  const toScan = files.filter((f) => !f.hasErrors && !recordFor(f));
  const run = await runner(previous ? toScan.length : files.filter(mine).length, lists.renderers);
  try {
    let scanned = 0;
    const scans = new Map<TeiFile, ScanResult>();
    await Promise.all(
      files.map(async (f) => {
        if (f.hasErrors) return;
        const r = recordFor(f);
        const s = r ? scanOf(r, f.path) : await run.scan({ path: f.path, limits, paths });
        if (!r) progress?.({ phase: 'scan', done: ++scanned, total: toScan.length, current: f.id });
        scans.set(f, s);
        times.document(f.id).load += s.ms.load;
        f.wellFormed = s.wellFormed;
        f.isTei = s.isTei;
        if (s.header) {
          f.tree = treeOf(s.header);
          f.partialTree = true;
        }
      }),
    );
    times.mark('scan');

    // The model, and what each document's rules read of the others.
    const ids = new Map<string, string[]>();
    const pointedTo = new Map<string, Set<string>>();
    for (const s of scans.values()) {
      ids.set(path.resolve(s.path), s.ids);
      for (const [target, named] of s.pointers) {
        let set = pointedTo.get(target);
        if (!set) pointedTo.set(target, (set = new Set()));
        for (const id of named) set.add(id);
      }
    }
    const withFacts = files.filter((f) => scans.get(f)?.facts);
    const model = editionFromFacts(
      withFacts.map((f) => ({ ...scans.get(f)!.facts!, file: f })),
      modelOptions(options),
    );
    if (!model.baseUrl) warnNoBaseUrl(withFacts);
    const editionKey = editionKeyOf(model);
    const remoteOf = (s: ScanResult) => ({
      ids: s.pointers.map(([target]): [string, string[]] => [target, ids.get(target) ?? []]),
      pointedTo: [...(pointedTo.get(path.resolve(s.path)) ?? [])].sort(),
    });
    const ours = files.filter((f) => mine(f) && scans.has(f));
    const clean = new Map<TeiFile, DocumentRecord>();
    for (const f of ours) {
      const r = recordFor(f);
      if (r && previous!.editionKey === editionKey && r.deps === sha256(JSON.stringify(remoteOf(scans.get(f)!))) && (await intact(path.join(path.dirname(path.resolve(out)), published!), r.outputs, previous!.writtenAt))) clean.set(f, r);
    }
    const dirty = ours.filter((f) => !clean.has(f));
    const stage = await Stage.open(out);
    // Beside the output, named like the staging folder: a killed build's is cleaned by the next.
    const modelFile = `${stage.dir}-model.json`;
    try {
      const json: ModelFile = { documents: withFacts.map((f) => ({ path: f.path, facts: scans.get(f)!.facts! })), options: modelOptions(options) };
      await writeFile(modelFile, JSON.stringify(json));
      const results = new Map<TeiFile, CheckResult>();
      let checked = 0;
      await Promise.all(
        dirty.map(async (f) => {
          const s = scans.get(f)!;
          const r = await run.check({ path: f.path, limits, paths, remote: remoteOf(s), rules: ruleOptions(options), model: modelFile, stage: stage.dir });
          progress?.({ phase: 'render', done: ++checked, total: dirty.length, current: f.id });
          results.set(f, r);
          f.messages.push(...r.messages);
          f.wellFormed = r.wellFormed;
          f.isTei = r.isTei;
          Object.assign(f.data, r.data);
          stage.add(...r.outputs);
          const t = times.document(f.id);
          t.load += r.ms.load;
          t.validate += r.ms.validate;
          t.render += r.ms.render;
          t.write += r.ms.write;
        }),
      );
      for (const [f, r] of clean) {
        restore(f, r);
        for (const e of r.outputs) await stage.take(stage.previous!, e);
      }
      times.mark('check');
      await schema.finish();
      for (const f of files) dropEchoes(f);
      times.mark('schema');
      if (files.some((f) => f.hasErrors)) {
        for (const f of files) if (f.messages.some((m) => m.source !== 'render' && m.severity === 'error')) dropRenderMessages(f);
        await stage.abort();
        return { files, edition: model, written: false, changed: false, rendered: [], out, times: times.done() };
      }

      const byId = [...ours].sort((a, b) => a.id.localeCompare(b.id));
      const entries = byId.flatMap((f) => results.get(f)?.outputs ?? clean.get(f)!.outputs);
      const records = byId.map((f) => recordOf(scans.get(f)!, sha256(JSON.stringify(remoteOf(scans.get(f)!))), results.get(f) ?? clean.get(f)!));
      let site: { path: string; content: string | Uint8Array }[] = [];
      if (options.shard) {
        const shard: ShardManifest = { format: 1, key, shard: options.shard, options: modelOptions(options), documents: records };
        site = [{ path: SHARD_FILE, content: `${JSON.stringify(shard)}\n` }];
      } else site = await siteOutputs(lists.siteRenderers, files, model, stagedOutputs(stage.dir, entries), { ...(stage.previous ? { previous: stage.previous } : {}), ...(run.search ? { searchIndexer: run.search } : {}) });
      if (files.some((f) => f.hasErrors)) {
        await stage.abort();
        return { files, edition: model, written: false, changed: false, rendered: [], out, times: times.done() };
      }
      const siteEntries = await stage.write(site);
      times.mark('site');
      const changed = await stage.publish();
      times.mark('publish');
      const manifest: BuildManifest = {
        format: 1,
        key,
        editionKey,
        version: stage.name,
        writtenAt: Date.now(),
        documents: records,
        site: siteEntries,
        messages: files.flatMap((f) => f.messages.map((m) => ({ ...m, file: path.resolve(f.path) }))),
      };
      await writeManifest(out, manifest);
      return { files, edition: model, written: true, changed, rendered: dirty.map((f) => f.id).sort(), out, times: times.done() };
    } finally {
      await rm(modelFile, { force: true });
      await stage.abort();
    }
  } finally {
    await run.close();
  }
}

/** An unchanged document: its messages and data as its last build left them. */
function restore(f: TeiFile, r: DocumentRecord): void {
  f.messages.push(...r.messages.map((m) => ({ ...m, file: f.path })));
  Object.assign(f.data, r.data);
}

export type { BuildTimes };
