/**
 * Handlers for the elements of drama, letters and the TEI's own examples inside a block (the
 * blocks and containers themselves are walk.ts's): a role and its description are words apart
 * even where no space divides them, and an example (egXML) keeps its words as text, its markup
 * being an example and not this document's (no note, name or date inside it is one).
 */
import type { XElement } from '../../xml.js';
import type { Handler } from './handlers.js';
import type { Inline } from './inline.js';

export const EXAMPLES_NS = 'http://www.tei-c.org/ns/Examples';

/** Text set off by word boundaries, its element annotated by name (it is handled, not unknown). */
export const apart: Handler = (el, block) => {
  block.whitespace();
  block.span(el, 'element', { attributes: { ...el.attributes } });
  block.whitespace();
};

/** An example: its text only, a word boundary at every tag, as the code view shows it. */
export const example: Handler = (el, block) => {
  block.whitespace();
  block.span(el, 'element', { attributes: { ...el.attributes } }, () => exampleText(el, block));
  block.whitespace();
};

function exampleText(el: XElement, block: Inline): void {
  for (const c of el.children) {
    if (c.type === 'text') block.text(c.value);
    else {
      block.whitespace();
      exampleText(c, block);
      block.whitespace();
    }
  }
}
