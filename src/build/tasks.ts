/**
 * The two tasks of a document in a build, run by a worker of the pool or in-process (one
 * document): plain data in, plain data out (STYLE 15).
 *   scan:  read, parse, and return what the edition model and the cross-document rules need
 *          (the document's facts, its header, its ids, where its pointers lead);
 *   check: read and parse again, run the rules, render every output, write them into the
 *          staging folder and return their hashes; the tree is dropped when the task returns.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { TeiFile } from '../file.js';
import { load, read, type Limits } from '../load/index.js';
import type { Message } from '../message.js';
import { documentFacts, editionFromFacts, type DocumentFacts, type EditionModel, type EditionModelOptions } from '../model/edition.js';
import type { Output, Renderer } from '../render/output.js';
import { EditionIndex } from '../validate/edition-index.js';
import { pointerTargets } from '../validate/pointers.js';
import { runRule } from '../validate/rule.js';
import { rules } from '../validate/rules/index.js';
import { entryOf, writeFileSynced, type Entry } from '../write.js';
import { headerOf, siteData, type PortableElement } from './portable.js';

export interface ScanTask {
  path: string;
  limits: Limits;
  /** Every document of the build, as given: pointers into them are the edition's. */
  paths: readonly string[];
}

export interface ScanResult {
  path: string;
  id: string;
  /** SHA-256 of the document's text as decoded. */
  textHash: string;
  wellFormed: boolean;
  isTei: boolean;
  /** Null when the document is not well-formed TEI. */
  facts: DocumentFacts | null;
  header: PortableElement | null;
  ids: string[];
  /** Other documents of the build that its pointers lead into (absolute path), with the ids named. */
  pointers: [string, string[]][];
  ms: { load: number };
}

export interface CheckTask {
  path: string;
  limits: Limits;
  paths: readonly string[];
  /** The ids of the files its pointers lead into, and the ids of it that others point to. */
  remote: { ids: [string, string[]][]; pointedTo: string[] };
  rules: { schema?: string; conventions?: boolean };
  /** A JSON file with every document's facts and the model's options (see modelFile()). */
  model: string;
  /** The staging folder to write the outputs into; null: check only. */
  stage: string | null;
}

export interface CheckResult {
  path: string;
  messages: Message[];
  wellFormed: boolean;
  isTei: boolean;
  outputs: Entry[];
  /** file.data as the site renderers need it (src/build/portable.ts). */
  data: Record<string, unknown>;
  ms: { load: number; validate: number; render: number; write: number };
}

/** What the model file holds: built once per build by the main thread, read once per worker. */
export interface ModelFile {
  documents: { path: string; facts: DocumentFacts }[];
  options: EditionModelOptions;
}


/** Parsed documents kept between scan and check, when both run on this thread (in-process). */
const kept = new Map<string, TeiFile>();

/** A document this thread has read and loaded already: the next task on its path takes it. */
export function keepLoaded(file: TeiFile): void {
  kept.set(file.path, file);
}

/** Drops the trees a build kept but did not check (it stopped early). */
export function forgetKept(): void {
  kept.clear();
}

async function loaded(task: { path: string; limits: Limits }, keep: boolean): Promise<{ file: TeiFile; ms: number }> {
  const t = performance.now();
  let file = kept.get(task.path);
  if (file) kept.delete(task.path);
  else {
    file = await read(task.path, task.limits);
    load(file, task.limits);
  }
  if (keep) kept.set(task.path, file);
  return { file, ms: performance.now() - t };
}

/** Stubs of the build's other files, so that pointers into them resolve to them. */
function indexFor(file: TeiFile, paths: readonly string[], remote?: CheckTask['remote']): EditionIndex {
  const own = path.resolve(file.path);
  const others = paths.filter((p) => path.resolve(p) !== own).map((p) => new TeiFile(p, ''));
  return new EditionIndex(
    [file, ...others],
    remote ? { ids: new Map(remote.ids), pointedTo: new Map([[own, remote.pointedTo]]) } : { ids: new Map(), pointedTo: new Map() },
  );
}

export async function scan(task: ScanTask, keep = false): Promise<ScanResult> {
  const { file, ms } = await loaded(task, keep);
  const ok = file.wellFormed && file.isTei && file.tree !== null;
  const ids: string[] = [];
  const pointers: [string, string[]][] = [];
  if (file.tree && file.isTei) {
    const index = indexFor(file, task.paths);
    ids.push(...index.ids(file).keys());
    for (const [target, set] of pointerTargets(index)) if (target !== file) pointers.push([path.resolve(target.path), [...set].sort()]);
  }
  return {
    path: task.path,
    id: file.id,
    textHash: file.contentHash,
    wellFormed: file.wellFormed,
    isTei: file.isTei,
    facts: ok ? documentFacts(file) : null,
    header: ok ? headerOf(file.tree!) : null,
    ids,
    pointers,
    ms: { load: ms },
  };
}

let model: { file: string; json: ModelFile } | undefined;

/** The edition model, with this document's real file in it. */
async function modelFor(file: TeiFile, modelPath: string): Promise<EditionModel> {
  if (model?.file !== modelPath) model = { file: modelPath, json: JSON.parse(await readFile(modelPath, 'utf8')) as ModelFile };
  return modelWith(file, model.json);
}

function modelWith(file: TeiFile, json: ModelFile): EditionModel {
  const own = path.resolve(file.path);
  return editionFromFacts(
    json.documents.map((d) => ({ ...d.facts, file: path.resolve(d.path) === own ? file : new TeiFile(d.path, '') })),
    json.options,
  );
}

/** The rules, with what they read of the build's other documents. */
function ruled(file: TeiFile, task: Pick<CheckTask, 'paths' | 'remote' | 'rules'>): void {
  if (!file.isTei) return;
  const edition = indexFor(file, task.paths, task.remote);
  const options = { edition, ...task.rules };
  for (const rule of rules) runRule(rule, file, options);
}

async function renderAll(file: TeiFile, edition: EditionModel, renderers: readonly Renderer[]): Promise<Output[]> {
  for (const render of renderers) render.prepare?.();
  const rendered: Output[] = [];
  for (const render of renderers) rendered.push(...(await render(file, edition)));
  return rendered;
}

export async function check(task: CheckTask, renderers: readonly Renderer[]): Promise<CheckResult> {
  const { file, ms: loadMs } = await loaded(task, false);
  const ms = { load: loadMs, validate: 0, render: 0, write: 0 };
  let t = performance.now();
  ruled(file, task);
  ms.validate = performance.now() - t;
  let outputs: Entry[] = [];
  if (task.stage !== null && !file.hasErrors && file.tree) {
    t = performance.now();
    const edition = await modelFor(file, task.model);
    for (const render of renderers) render.prepare?.();
    // each renderer's outputs are written (into the staging folder, which a failed build
    // discards) and dropped before the next renders: a large document's pages, JSON and
    // e-book are never all in memory at once
    for (const render of renderers) {
      const rendered = await render(file, edition);
      const w = performance.now();
      ms.render += w - t;
      if (file.hasErrors) break;
      for (const output of rendered) {
        await writeFileSynced(task.stage, output.path, output.content);
        outputs.push(entryOf(output));
      }
      t = performance.now();
      ms.write += t - w;
    }
    if (file.hasErrors) outputs = [];
  }
  return { path: task.path, messages: file.messages, wellFormed: file.wellFormed, isTei: file.isTei, outputs, data: siteData(file), ms };
}

/**
 * A document a build has kept (scan with keep), its rules run and the given renderers' outputs
 * returned instead of written: the quick look of `tei-edition watch` (src/serve/quick-look.ts).
 * The file comes back with its messages; nothing is rendered when it has errors.
 */
export async function look(
  task: Pick<CheckTask, 'path' | 'limits' | 'paths' | 'remote' | 'rules'> & { model: ModelFile },
  renderers: readonly Renderer[],
): Promise<{ file: TeiFile; outputs: Output[] }> {
  const { file } = await loaded(task, false);
  ruled(file, task);
  if (file.hasErrors || !file.tree) return { file, outputs: [] };
  return { file, outputs: await renderAll(file, modelWith(file, task.model), renderers) };
}
