/** The TEI as published: the document's own bytes, beside its reading edition. */
import type { TeiFile } from '../file.js';
import type { Output } from './output.js';

export function renderTei(file: TeiFile): Output[] {
  return [{ path: `${file.id}/${file.id}.xml`, content: file.text }];
}
