/** The TEI as published: the document's own bytes, beside its reading edition. */
import type { TeiFile } from '../file.js';
import { activeContent } from '../model/active-content.js';
import type { Output } from './output.js';

export function renderTei(file: TeiFile): Output[] {
  // Never publish a file that runs code when opened, even when validation was bypassed.
  const active = activeContent(file.text, file.tree)[0];
  if (active) {
    file.message(`the TEI is not published: ${active.what} would run in its readers' browsers`, {
      ruleId: 'active-content',
      source: 'render',
      place: active.place,
      hint: 'remove it (the rule active-content reports every one)',
    });
    return [];
  }
  return [{ path: `${file.id}/${file.id}.xml`, content: file.text }];
}
