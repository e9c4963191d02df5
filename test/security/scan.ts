/**
 * Scans written pages for anything that could run script, the way a browser would read them:
 * parse5 (the WHATWG HTML parsing algorithm, as browsers implement it) builds the DOM, including
 * template contents and SVG, and Node's URL (the WHATWG URL parser) reads every URL attribute.
 * Independent of src/model/urls.ts on purpose: it checks the policy, it does not reuse it.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

export interface Finding {
  /** The element's tag, with its id or class when it has one. */
  where: string;
  what: string;
}

/** Attributes whose value a browser reads as a URL (HTML, SVG, MathML, old HTML). */
const URL_ATTRIBUTES = new Set([
  'href', 'xlink:href', 'src', 'action', 'formaction', 'cite', 'data', 'poster', 'background', 'ping', 'longdesc',
  'usemap', 'manifest', 'codebase', 'profile', 'dynsrc', 'lowsrc', 'icon', 'classid', 'archive', 'itemtype',
]);
/** Elements that load or run something, or change how every URL is read. */
const FORBIDDEN_ELEMENTS = new Set([
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'style', 'foreignobject', 'animate', 'set',
  'animatetransform', 'animatemotion', 'handler', 'listener', 'portal', 'math', 'xmp', 'noembed',
]);
/** The scripts and stylesheets the toolkit itself writes. */
const OWN_SCRIPTS = new Set(['../assets/edition.js', 'assets/edition.js']);
const OWN_STYLESHEETS = new Set(['../assets/edition.css', 'assets/edition.css']);
/** The metadata links the toolkit writes (citation, FAIR Signposting): they load nothing by themselves. */
const METADATA_RELS = new Set(['canonical', 'cite-as', 'describedby', 'item', 'license', 'type', 'linkset', 'author', 'icon']);

/** schema.org JSON-LD: data, never run, and with no "<" that could end the element early. */
function jsonLdIsData(el: Element): boolean {
  const text = el.childNodes.map((c) => ('value' in c ? String(c.value) : '')).join('');
  if (text.includes('<')) return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
const BASE = 'https://edition.invalid/doc/page.html';

/** Is this a URL a link may point to: http(s), mailto, or a reference relative to the page? */
export function safeUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return true; // a URL the parser refuses goes nowhere
  }
  if (url.protocol === 'mailto:') return true;
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false;
  let absolute = true;
  try {
    new URL(value);
  } catch {
    absolute = false;
  }
  // A relative reference must stay on the page's host: //host takes the page's scheme (file:).
  return absolute || url.host === 'edition.invalid';
}

function describe(el: Element): string {
  const id = el.attrs.find((a) => a.name === 'id')?.value;
  const cls = el.attrs.find((a) => a.name === 'class')?.value;
  return `<${el.tagName}${id ? ` id="${id}"` : ''}${cls ? ` class="${cls}"` : ''}>`;
}

function check(el: Element, findings: Finding[]): void {
  const where = describe(el);
  const tag = el.tagName.toLowerCase();
  const attr = (n: string): string | undefined => el.attrs.find((a) => a.name === n)?.value;
  if (FORBIDDEN_ELEMENTS.has(tag)) findings.push({ where, what: `a <${tag}> element` });
  const jsonLd = tag === 'script' && attr('type') === 'application/ld+json' && attr('src') === undefined;
  if (jsonLd && !jsonLdIsData(el)) findings.push({ where, what: 'JSON-LD that is not plain JSON data' });
  if (tag === 'script' && !jsonLd && (!OWN_SCRIPTS.has(attr('src') ?? '') || el.childNodes.length > 0)) findings.push({ where, what: 'a script the toolkit did not write' });
  const rel = attr('rel') ?? '';
  if (tag === 'link' && !(rel === 'stylesheet' && OWN_STYLESHEETS.has(attr('href') ?? '')) && !METADATA_RELS.has(rel)) findings.push({ where, what: 'a <link> the toolkit did not write' });
  if (tag === 'meta' && attr('http-equiv') !== undefined) findings.push({ where, what: 'a <meta http-equiv>' });
  for (const { name, value, prefix } of el.attrs) {
    const full = (prefix ? `${prefix}:${name}` : name).toLowerCase();
    if (full.startsWith('on')) findings.push({ where, what: `an event handler ${full}="${value}"` });
    else if (full === 'style') findings.push({ where, what: `a style attribute "${value}"` });
    else if (full === 'srcdoc' || full === 'srcset' || full === 'imagesrcset') findings.push({ where, what: `${full}="${value}"` });
    else if (URL_ATTRIBUTES.has(full) && !safeUrl(value)) findings.push({ where, what: `${full}="${value}"` });
  }
}

function walk(node: Node, findings: Finding[], visit?: (el: Element) => void): void {
  if ('tagName' in node) {
    check(node, findings);
    visit?.(node);
    if (node.tagName === 'template') walk((node as DefaultTreeAdapterMap['template']).content, findings, visit);
  }
  if ('childNodes' in node) for (const child of node.childNodes) walk(child, findings, visit);
}

/** Everything in one page that could run script or load something the toolkit did not write. */
export function scanHtml(html: string): Finding[] {
  const findings: Finding[] = [];
  walk(parse(html), findings);
  return findings;
}

/** The findings inside the element with this id, and that element's text. */
export function scanElement(html: string, id: string): { found: boolean; text: string; findings: Finding[] } {
  const all: Finding[] = [];
  let target: Element | undefined;
  walk(parse(html), all, (el) => {
    if (!target && el.attrs.some((a) => a.name === 'id' && a.value === id)) target = el;
  });
  if (!target) return { found: false, text: '', findings: [] };
  const findings: Finding[] = [];
  walk(target, findings);
  return { found: true, text: textOf(target), findings };
}

/** The links (`<a href>`) inside the element with this id. */
export function linksIn(html: string, id: string): string[] {
  const hrefs: string[] = [];
  let inside: Element | undefined;
  walk(parse(html), [], (el) => {
    if (!inside && el.attrs.some((a) => a.name === 'id' && a.value === id)) {
      inside = el;
      walk(el, [], (a) => {
        const href = a.tagName === 'a' ? a.attrs.find((x) => x.name === 'href')?.value : undefined;
        if (href !== undefined) hrefs.push(href);
      });
    }
  });
  return hrefs;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}
