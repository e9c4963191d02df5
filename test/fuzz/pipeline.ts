/**
 * The build's stages on one document's bytes, in process: read (decode), load, the rules, and,
 * when the document is well-formed TEI, every renderer, whatever the validation said (the fuzzer
 * wants the renderers to meet what the schema would refuse). The RelaxNG stage runs in the
 * build() properties beside.
 */
import { renderers, siteRenderers } from '../../src/build.js';
import type { TeiFile } from '../../src/file.js';
import { fromBytes, load } from '../../src/load/index.js';
import { editionModel } from '../../src/model/edition.js';
import type { Output } from '../../src/render/output.js';
import { runRule } from '../../src/validate/rule.js';
import { rules } from '../../src/validate/index.js';

export interface Outcome {
  file: TeiFile;
  outputs: Output[];
}

export async function pipeline(name: string, bytes: Uint8Array): Promise<Outcome> {
  const file = fromBytes(name, bytes);
  load(file);
  if (file.isTei) for (const rule of rules) runRule(rule, file);
  const outputs: Output[] = [];
  if (!file.wellFormed || !file.isTei) return { file, outputs };
  const model = editionModel([file], {});
  for (const render of renderers) outputs.push(...(await render(file, model)));
  for (const render of siteRenderers) outputs.push(...(await render([file], model)));
  return { file, outputs };
}

/** Every well-formedness message points inside the text: a line it has, a column on that line. */
export function outsideTheFile(file: TeiFile, text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  const bad: string[] = [];
  for (const m of file.messages) {
    const line = lines[m.line - 1];
    const width = line === undefined ? -1 : Array.from(line).length;
    if (m.line < 1 || line === undefined || m.column < 1 || m.column > width + 1) bad.push(`${m.line}:${m.column} ${m.ruleId} ${m.reason}`);
  }
  return bad;
}
