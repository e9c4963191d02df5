/** Finding places in a document's text that the tree does not record (attribute positions). */
import type { TeiFile } from './file.js';
import type { Place } from './message.js';
import type { XElement } from './xml.js';

/** Where `name="` stands in the element's start tag. */
export function attributePlace(file: TeiFile, el: XElement, name: string): Place | undefined {
  const lines = linesOf(file);
  const pattern = new RegExp(`(^|\\s)${name.replace(/[.:]/g, '\\$&')}\\s*=`);
  for (let l = el.start.line; l < el.start.line + 20 && l <= lines.length; l++) {
    const chars = Array.from(lines[l - 1]!);
    const from = l === el.start.line ? el.start.column - 1 : 0;
    const line = chars.slice(from).join('');
    const close = line.indexOf('>');
    const rest = close >= 0 ? line.slice(0, close) : line;
    const m = pattern.exec(rest);
    if (m) {
      const before = rest.slice(0, m.index + m[1]!.length);
      return { line: l, column: from + Array.from(before).length + 1 };
    }
    if (close >= 0) break;
  }
  return undefined;
}

const lineCache = new WeakMap<TeiFile, string[]>();
function linesOf(file: TeiFile): string[] {
  let lines = lineCache.get(file);
  if (!lines) {
    lines = file.text.split(/\r\n|\r|\n/);
    lineCache.set(file, lines);
  }
  return lines;
}

