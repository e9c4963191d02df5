/** Chains the stages: load → validate → render → write. Nothing is written unless all succeed. */
import type { TeiFile } from './file.js';
import { UsageError } from './errors.js';
import { load, read, resolveLimits, type Limits } from './load/index.js';
import { collect } from './load/collect.js';
import { renderHtml } from './render/html.js';
import { renderJson, renderJsonSchema } from './render/json/index.js';
import { renderAssets } from './render/html-assets.js';
import { renderHome } from './render/corpus/index.js';
import type { Output, Renderer, SiteRenderer } from './render/output.js';
import { renderTei } from './render/tei.js';
import { renderCitation, renderEditionCitation } from './render/citation/index.js';
import { renderDtsDocument, renderDtsSite } from './render/dts/index.js';
import { startValidation, type ValidateOptions, type ValidationRun } from './validate/index.js';
import { writeAtomically } from './write.js';
import { editionModel, publicationStmt, type EditionModel } from './model/edition.js';
import { renderBagitProfile } from './package/profile.js';
import { renderDatacite } from './render/harvest/datacite.js';
import { renderSitemap } from './render/harvest/sitemap.js';
import { renderOai } from './render/harvest/oai/repository.js';
import { renderPdf } from './render/pdf/index.js';
import { renderEditionEpub, renderEpub } from './render/epub/index.js';

/** The outputs of each document, in order. Later formats (JSON, citation, archive) plug in here. */
export const renderers: readonly Renderer[] = [renderTei, renderHtml, renderJson, renderCitation, renderDtsDocument, renderEpub];
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
}

export interface BuildResult {
  files: TeiFile[];
  /** The model every output read (null when nothing was rendered). */
  edition: EditionModel | null;
  /** True when the output folder was replaced. */
  written: boolean;
  out: string;
}

/**
 * Reads the documents, starts the schema validation on their texts (in xmllint's worker
 * thread) and parses them meanwhile on this one.
 */
async function start(options: CheckOptions): Promise<{ files: TeiFile[]; validation: ValidationRun }> {
  const paths = await collect(options.inputs);
  const limits = resolveLimits(options.limits);
  const files = await Promise.all(
    paths.map((p) =>
      read(p, limits).catch((err: Error) => {
        throw new UsageError(`cannot read ${p}: ${err.message}`);
      }),
    ),
  );
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

export async function build(options: BuildOptions): Promise<BuildResult> {
  const out = options.out ?? 'dist';
  const { files, validation } = await start(options);
  duplicateIds(files);
  validation.rules();
  // Render while libxml2 is still validating: the two take about as long, on two threads.
  // The outputs are written only if the schema's verdict is clean too.
  const outputs: Output[] = [];
  let model: EditionModel | null = null;
  if (!files.some((f) => f.hasErrors)) {
    model = editionModel(files, {
      ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
      ...(options.contactEmail !== undefined ? { contactEmail: options.contactEmail } : {}),
      ...(options.oaiGateway !== undefined ? { oaiGateway: options.oaiGateway } : {}),
      ...(options.uiLang !== undefined ? { uiLang: options.uiLang } : {}),
      ...(options.pdf ? { pdf: true } : {}),
    });
    if (!model.baseUrl) warnNoBaseUrl(files);
    prepareRenderers();
    for (const file of files) {
      for (const render of renderers) outputs.push(...(await render(file, model)));
    }
  }
  await validation.finish();
  if (files.some((f) => f.hasErrors)) {
    // A renderer's complaint about a document that is invalid anyway is noise.
    for (const file of files) if (file.messages.some((m) => m.source !== 'render' && m.severity === 'error')) dropRenderMessages(file);
    return { files, edition: model, written: false, out };
  }
  for (const render of siteRenderers) outputs.push(...(await render(files, model!, outputs)));
  if (files.some((f) => f.hasErrors)) return { files, edition: model, written: false, out };
  await writeAtomically(out, outputs);
  return { files, edition: model, written: true, out };
}

/** Once per build, on the first document: where a published address would go. */
function warnNoBaseUrl(files: readonly TeiFile[]): void {
  const first = [...files].sort((a, b) => a.id.localeCompare(b.id))[0];
  if (!first?.tree) return;
  const pub = publicationStmt(first.tree);
  first.message('the edition has no published base URL: citations and metadata use relative URLs, and what needs absolute ones (the DTS API, sitemap.xml, OAI-PMH) is not built', {
    ruleId: 'citation-base-url',
    severity: 'warning',
    ...(pub ? { place: pub.start } : {}),
    hint: "pass --base-url https://…/ to the build, or give the address in the header: <idno type=\"URI\">https://…/</idno> in publicationStmt",
  });
}

function dropRenderMessages(file: TeiFile): void {
  for (let i = file.messages.length - 1; i >= 0; i--) if (file.messages[i]!.source === 'render') file.messages.splice(i, 1);
}

function prepareRenderers(): void {
  for (const render of renderers) render.prepare?.();
}

/** Two documents with one id would overwrite each other's folder in the output. */
function duplicateIds(files: readonly TeiFile[]): void {
  const seen = new Map<string, TeiFile>();
  for (const file of files) {
    const other = seen.get(file.id);
    if (other) {
      file.message(`document id "${file.id}" is also the id of ${other.path}: both would be written to ${file.id}/`, {
        ruleId: 'unique-document-id',
        hint: 'rename one of the files: a document\'s id is its file name',
      });
    } else seen.set(file.id, file);
  }
}
