/** Chains the stages: load → validate → render → write. Nothing is written unless all succeed. */
import type { TeiFile } from './file.js';
import { load, resolveLimits, type Limits } from './load/index.js';
import { readInputs } from './load/collect.js';
import { buildCorpus } from './build/corpus.js';
import { merge as mergeShards, type MergeOptions, type ShardSpec } from './build/shard.js';
import type { BuildTimes } from './build/times.js';
import { renderHtml } from './render/html.js';
import { renderJson, renderJsonSchema } from './render/json/index.js';
import { renderAssets } from './render/html-assets.js';
import { renderHome } from './render/corpus/index.js';
import { renderCorpusFacts } from './render/corpus/facts.js';
import type { Output, Renderer, SiteRenderer } from './render/output.js';
import { renderTei } from './render/tei.js';
import { renderCitation, renderEditionCitation } from './render/citation/index.js';
import { renderDtsDocument, renderDtsSite } from './render/dts/index.js';
import { startValidation, type ValidateOptions, type ValidationRun } from './validate/index.js';
import type { EditionModel } from './model/edition.js';
import { renderBagitProfile } from './package/profile.js';
import { renderDatacite } from './render/harvest/datacite.js';
import { renderSitemap } from './render/harvest/sitemap.js';
import { renderOai } from './render/harvest/oai/repository.js';
import { renderPdf } from './render/pdf/index.js';
import { renderEditionEpub, renderEpub } from './render/epub/index.js';

/** The outputs of each document, in order. Later formats (JSON, citation, archive) plug in here. */
export const renderers: readonly Renderer[] = [renderTei, renderHtml, renderJson, renderCitation, renderDtsDocument, renderEpub, renderCorpusFacts];
/** Outputs made once for the whole edition. */
export const siteRenderers: readonly SiteRenderer[] = [
  // the landing page; for several documents the corpus site (table, registers, search)
  renderHome,
  renderAssets,
  renderJsonSchema,
  renderEditionCitation,
  renderBagitProfile,
  renderDatacite,
  renderOai,
  renderDtsSite,
  // after the assets: it prints the pages with them (only with --pdf)
  renderPdf,
  renderEditionEpub,
  // last: it lists the pages the others wrote
  renderSitemap,
];

export interface CheckOptions extends ValidateOptions {
  /** TEI files or folders of them. */
  inputs: readonly string[];
  /** Raises (or lowers) the load limits; the environment's TEI_EDITION_LIMIT_* come next, then the defaults. */
  limits?: Partial<Limits>;
}

export interface BuildOptions extends CheckOptions {
  /** The output folder (default `dist`). */
  out?: string;
  /**
   * The edition's published base URL (`--base-url`). Without it, the TEI's
   * publicationStmt/idno[@type='URI'] is used; without either, citations use relative URLs.
   */
  baseUrl?: string;
  /** An e-mail address for harvesters and archives (OAI-PMH adminEmail, the bag's Contact-Email). */
  contactEmail?: string;
  /** The OAI Static Repository Gateway that intermediates for the edition. */
  oaiGateway?: string;
  /** The interface language of every page (`--ui-lang`); else each document's tei-edition.json, else English. */
  uiLang?: string;
  /** Also print each document to PDF with Chromium (`--pdf`): src/render/pdf/. */
  pdf?: boolean;
  /** Build only share `index` of `count` of the documents (`--shard i/n`), for `merge` to join. */
  shard?: ShardSpec;
  /** Told as documents are scanned and rendered (the CLI's progress line). */
  progress?: (event: BuildProgress) => void;
}

export interface BuildProgress {
  phase: 'scan' | 'render';
  done: number;
  total: number;
  /** The document just finished. */
  current: string;
}

export interface BuildResult {
  files: TeiFile[];
  /** The model every output read (null when nothing was rendered). */
  edition: EditionModel | null;
  /** True when the output folder holds this build's edition (replaced, or already equal to it). */
  written: boolean;
  /** False when the output already was this edition: nothing was written. */
  changed?: boolean;
  /** The ids of the documents rendered (the others were unchanged and taken from the last build). */
  rendered?: string[];
  /** Where the time went. */
  times?: BuildTimes;
  out: string;
}

/**
 * Reads the documents, starts the schema validation on their texts (in xmllint's worker
 * thread) and parses them meanwhile on this one.
 */
async function start(options: CheckOptions): Promise<{ files: TeiFile[]; validation: ValidationRun }> {
  const limits = resolveLimits(options.limits);
  const files = await readInputs(options.inputs, limits);
  const validation = startValidation(files, options);
  for (const file of files) load(file, limits);
  return { files, validation };
}

/** Loads and validates documents; problems are on each file's `messages`. */
export async function check(options: CheckOptions): Promise<TeiFile[]> {
  const { files, validation } = await start(options);
  options.meanwhile?.();
  await validation.finish();
  return files;
}

/**
 * Builds the edition: the documents in a worker pool (in-process for one), only those that
 * changed since the last build of `out`, published atomically (src/build/corpus.ts).
 */
export async function build(options: BuildOptions): Promise<BuildResult> {
  return buildCorpus(options, { renderers, siteRenderers });
}

/** Joins the outputs of `build --shard i/n` into one edition, with the corpus-wide pages. */
export async function merge(options: MergeOptions): Promise<BuildResult> {
  return mergeShards(options, { renderers, siteRenderers });
}
