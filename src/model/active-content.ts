/**
 * Content that a browser runs when it opens the published TEI itself (dist/<id>/<id>.xml is the
 * document's own bytes): an XHTML or SVG element (a browser executes <html:script> and the
 * event handlers of XHTML and SVG elements in any XML document) and an xml-stylesheet
 * processing instruction (which runs an XSLT of the author's choosing). Found once, used by
 * the rule active-content and by the TEI renderer, which refuses to publish such a file even
 * when validation was bypassed.
 */
import type { Place } from '../message.js';
import { elements, type XElement } from '../xml.js';

export const ACTIVE_NAMESPACES: Readonly<Record<string, string>> = {
  'http://www.w3.org/1999/xhtml': 'XHTML',
  'http://www.w3.org/2000/svg': 'SVG',
};

export interface ActiveContent {
  what: string;
  place: Place;
}

export function activeContent(text: string, tree: XElement | null): ActiveContent[] {
  const found: ActiveContent[] = [];
  for (const m of text.matchAll(/<\?xml-stylesheet\b/g)) {
    found.push({ what: 'an <?xml-stylesheet?> processing instruction', place: placeAt(text, m.index) });
  }
  if (tree) {
    for (const el of elements(tree)) {
      const kind = ACTIVE_NAMESPACES[el.uri];
      if (kind) found.push({ what: `the ${kind} element <${el.name}>`, place: el.start });
    }
  }
  return found;
}

/** Line and column (in code points) of a UTF-16 offset. */
function placeAt(text: string, offset: number): Place {
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length;
  const start = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, column: Array.from(before.slice(start)).length + 1 };
}
