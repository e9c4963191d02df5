/**
 * The corpus-wide outputs (landing page, registers, search data, sitemap, DTS collections, OAI…),
 * made from the model and each document's header and data, not from every tree: the same code in
 * a whole build and in `tei-edition merge`, so that merged shards equal a whole build.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { TeiFile } from '../file.js';
import type { EditionModel } from '../model/edition.js';
import { publicationStmt } from '../model/edition.js';
import type { Output, SiteContext, SiteRenderer } from '../render/output.js';
import type { Entry } from '../write.js';

/**
 * The documents' outputs as the site renderers see them: paths in document order, the bytes read
 * from the staging folder only if a renderer asks for them.
 */
export function stagedOutputs(dir: string, entries: readonly Entry[]): Output[] {
  return entries.map((e) => {
    let content: Uint8Array | undefined;
    return {
      path: e.path,
      get content(): Uint8Array {
        content ??= readFileSync(path.join(dir, ...e.path.split('/')));
        return content;
      },
    };
  });
}

export async function siteOutputs(
  siteRenderers: readonly SiteRenderer[],
  files: readonly TeiFile[],
  edition: EditionModel,
  documentOutputs: readonly Output[],
  context: SiteContext = {},
): Promise<Output[]> {
  const ordered = [...files].sort((a, b) => a.id.localeCompare(b.id));
  const outputs: Output[] = [...documentOutputs];
  const site: Output[] = [];
  // those that read only the documents' outputs start at once; their outputs still come in
  // the list's order, so that the edition is the same either way
  const early = new Map<SiteRenderer, Promise<Output[]>>();
  for (const render of siteRenderers) {
    if (!render.documentsOnly) continue;
    const made = Promise.resolve().then(() => render(ordered, edition, documentOutputs, context));
    // a failure is met in its turn below, not as an unhandled rejection before it
    made.catch(() => undefined);
    early.set(render, made);
  }
  for (const render of siteRenderers) {
    const made = await (early.get(render) ?? render(ordered, edition, outputs, context));
    outputs.push(...made);
    site.push(...made);
  }
  return site;
}

/** Once per build, on the first document: where a published address would go. */
export function warnNoBaseUrl(files: readonly TeiFile[]): void {
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

export function dropRenderMessages(file: TeiFile): void {
  for (let i = file.messages.length - 1; i >= 0; i--) if (file.messages[i]!.source === 'render') file.messages.splice(i, 1);
}

/** Two documents with one id would overwrite each other's folder in the output. */
export function duplicateIds(files: readonly TeiFile[]): void {
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
