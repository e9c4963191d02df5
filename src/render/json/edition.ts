/** A TEI document as a JSON edition: metadata, blocks with two strings, stand-off annotations, registers. */
import type { TeiFile } from '../../file.js';
import { idIndex } from '../../validate/pointers.js';
import { version } from '../../version.js';
import { metadata } from './metadata.js';
import { addOccurrences, registers } from './registers.js';
import { sources } from './sources.js';
import { codePoints } from './text-builder.js';
import type { Block, Edition } from './types.js';
import { Walker } from './walk.js';
import { genreData } from './genres.js';

/** Where dist/<doc-id>/edition.json finds its schema. */
export const SCHEMA_REF = '../schema/edition.schema.json';

export function edition(file: TeiFile): Edition {
  const tree = file.tree;
  if (!tree) throw new Error(`${file.path} has no tree`);
  const walker = new Walker(idIndex(tree), tree.attributes['xml:lang'] ?? null);
  for (const c of tree.children) if (c.type === 'element' && c.local === 'text') walker.container(c, null);
  walker.end();
  const regs = registers(tree);
  addOccurrences(regs, walker.annotations);
  textOffsets(walker.blocks);
  return {
    $schema: SCHEMA_REF,
    id: file.id,
    metadata: metadata(tree, file.id),
    blocks: walker.blocks,
    annotations: walker.annotations,
    registers: regs,
    sources: sources(tree),
    unhandled: walker.unhandledList(),
    ...genreData(tree, walker.blocks),
    generator: { name: 'tei-edition', version },
  };
}

/** Separates blocks in the plain text. */
export const BLOCK_SEPARATOR = '\n\n';

/** Where each block's reading string starts in <doc-id>.txt (empty blocks are left out of it). */
function textOffsets(blocks: Block[]): void {
  let at = 0;
  for (const b of blocks) {
    if (!b.reading) continue;
    b.textOffset = at;
    at += codePoints(b.reading) + 2;
  }
}

/** <doc-id>.txt: the reading text, blocks separated by blank lines, ending with a newline. */
export function plainText(ed: Edition): string {
  const texts = ed.blocks.filter((b) => b.reading).map((b) => b.reading);
  return texts.length > 0 ? texts.join(BLOCK_SEPARATOR) + '\n' : '';
}
