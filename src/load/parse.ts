/**
 * Load stage: checks well-formedness with saxes (a strict, non-validating parser that keeps
 * positions) and builds the tree. XML is hostile until proven otherwise: a DOCTYPE (the door
 * to external entities and entity bombs) is refused, and saxes expands no entities but the five
 * predefined ones and character references.
 */
import { SaxesParser, type SaxesTagNS } from 'saxes';
import type { TeiFile } from '../file.js';
import type { Place } from '../message.js';
import type { XElement } from '../xml.js';
import { attributePlace } from '../locate.js';
import { defaultLimits, raiseHint, type Limits } from './limits.js';

const SOURCE = 'xml';

/** Thrown from a handler to stop saxes at once when a limit is passed. */
class LimitPassed extends Error {}

export function parse(file: TeiFile, limits: Limits = defaultLimits): void {
  const parser = new SaxesParser({ xmlns: true, position: true });
  const stack: XElement[] = [];
  let root: XElement | null = null;
  let fatal = false;
  let limited = false;
  let tagStart: Place = { line: 1, column: 1 };
  let afterTag: Place = { line: 1, column: 1 };
  let count = 0;

  const fail = (reason: string, place: Place, ruleId: string, hint?: string): void => {
    if (fatal) return;
    fatal = true;
    file.message(reason, { place, ruleId, source: SOURCE, ...(hint ? { hint } : {}) });
  };
  const here = (): Place => ({ line: parser.line, column: parser.column });
  /** Where the next character stands (saxes' column counts the characters read on the line). */
  const next = (): Place => ({ line: parser.line, column: parser.column + 1 });
  /** Records the limit's message and stops the parser: nothing after this point is read. */
  const over = (key: keyof Limits, what: string, place: Place): never => {
    fail(`${what} (limit ${limits[key]})`, place, `limit-${key === 'fileSize' ? 'file-size' : key}`, raiseHint(key, limits[key]));
    limited = true;
    throw new LimitPassed();
  };

  parser.on('doctype', () => {
    fail(
      'DOCTYPE declarations are not accepted',
      placeOf(file.text, '<!DOCTYPE') ?? here(),
      'no-doctype',
      'TEI P5 needs no DTD; remove the <!DOCTYPE …> (it can load external entities or expand entity bombs).',
    );
  });
  parser.on('opentagstart', (tag) => {
    // saxes reports the column just past the character that ended the name.
    tagStart = { line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) };
  });
  parser.on('opentag', (tag: SaxesTagNS) => {
    const attributes: Record<string, string> = {};
    for (const [name, attr] of Object.entries(tag.attributes)) attributes[name] = attr.value;
    const parent = stack[stack.length - 1] ?? null;
    const el: XElement = {
      type: 'element',
      name: tag.name,
      local: tag.local,
      uri: tag.uri,
      attributes,
      children: [],
      parent,
      start: tagStart,
    };
    afterTag = next();
    if (++count > limits.elements) over('elements', `the document has more than ${limits.elements} elements: <${tag.name}> is one too many`, el.start);
    if (stack.length + 1 > limits.depth) over('depth', `<${tag.name}> is nested ${stack.length + 1} elements deep`, el.start);
    for (const [name, value] of Object.entries(attributes)) {
      if (value.length > limits.attribute) {
        over('attribute', `@${name} on <${tag.name}> is ${value.length} characters long`, attributePlace(file, el, name) ?? el.start);
      }
    }
    if (parent) parent.children.push(el);
    else root = el;
    if (!tag.isSelfClosing) stack.push(el);
  });
  let lastClosed: XElement | undefined;
  parser.on('closetag', (tag) => {
    if (!tag.isSelfClosing) lastClosed = stack.pop();
    afterTag = next();
  });
  const text = (value: string): void => {
    if (value.length > limits.text) over('text', `a run of text is ${value.length} characters long`, afterTag);
    const parent = stack[stack.length - 1];
    if (parent) parent.children.push({ type: 'text', value, start: here(), parent });
  };
  parser.on('text', text);
  parser.on('cdata', text);
  parser.on('error', (err) => {
    const { reason, place, hint } = explain(err.message, stack, lastClosed, here());
    fail(reason, place, 'well-formed', hint);
  });

  try {
    parser.write(file.text).close();
  } catch (err) {
    if (!(err instanceof LimitPassed)) fail(`cannot parse: ${(err as Error).message}`, here(), 'well-formed');
  }
  if (!root) fail('the document has no root element', { line: 1, column: 1 }, 'well-formed');
  // A tree cut short at a limit would only give the rules false alarms (ids after the cut).
  file.tree = limited ? null : root;
  file.wellFormed = !fatal;
}

/** Turns a saxes message ("3:4: unclosed tag: d") into one message placed at the fault. */
function explain(
  raw: string,
  stack: readonly XElement[],
  lastClosed: XElement | undefined,
  at: Place,
): { reason: string; place: Place; hint?: string } {
  const m = /^(?:[^:]*:)?(\d+):(\d+): (.*)$/s.exec(raw);
  const text = m ? m[3]! : raw;
  const open = stack[stack.length - 1];
  if (/^unclosed tag/.test(text) && open) {
    return {
      reason: `<${open.name}> is never closed`,
      place: open.start,
      hint: `add </${open.name}> where the element ends, or write <${open.name}/> if it is empty`,
    };
  }
  if (/^unexpected close tag/.test(text) && lastClosed) {
    // saxes has just popped the element that the end tag skipped over: that one is unclosed.
    return {
      reason: `<${lastClosed.name}> is never closed: the end tag at line ${at.line}, column ${at.column} closes an enclosing element first`,
      place: lastClosed.start,
      hint: `add </${lastClosed.name}> where the element ends`,
    };
  }
  if (/^unmatched closing tag/.test(text)) {
    return { reason: `${text.replace(/\.$/, '')}: no element of that name is open`, place: at, hint: 'remove the stray end tag or correct its name' };
  }
  if (/undefined entity/.test(text)) {
    return {
      reason: text,
      place: at,
      hint: 'only &lt; &gt; &amp; &quot; &apos; and character references such as &#8217; are allowed',
    };
  }
  return { reason: text, place: at };
}

/** The place of the first occurrence of `needle` in `text`. */
function placeOf(text: string, needle: string): Place | undefined {
  const i = text.indexOf(needle);
  if (i < 0) return undefined;
  const before = text.slice(0, i).split('\n');
  return { line: before.length, column: Array.from(before[before.length - 1]!).length + 1 };
}
