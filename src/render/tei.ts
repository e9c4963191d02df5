/**
 * The TEI as published, beside its reading edition: the document's own text, always in UTF-8.
 * A document read from another encoding had its declaration rewritten to UTF-8 at load, padded
 * to keep positions; the padding is dropped here.
 */
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
  const text = file.encoding === 'utf-8' ? file.text : file.text.replace(/^(<\?xml\s[^?>]*?encoding\s*=\s*(["'])UTF-8\2[^?>]*?)\s+\?>/, '$1?>');
  return [{ path: `${file.id}/${file.id}.xml`, content: text }];
}
