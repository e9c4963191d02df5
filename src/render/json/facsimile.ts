/**
 * Facsimiles in the JSON edition: every surface with its coordinates, graphics (the URL as
 * written, and as a reader may follow it under the URL policy of src/model/urls.ts) and zones.
 * The text's links to them are the `facs` of blocks and annotations (inline.ts, walk.ts).
 */
import { safeHref } from '../../model/urls.js';
import { elements, type XElement } from '../../xml.js';
import { kids, num } from './plain.js';

interface Graphic { id: string | null; url: string; href: string | null; width: string | null; height: string | null; mimeType: string | null }
interface Area { id: string | null; n: string | null; type: string | null; ulx: number | null; uly: number | null; lrx: number | null; lry: number | null; points: string | null; graphics: Graphic[] }
export interface Surface extends Area { zones: Area[] }

function graphic(el: XElement): Graphic {
  const url = el.attributes['url'] ?? '';
  return { id: el.attributes['xml:id'] ?? null, url, href: safeHref(url), width: el.attributes['width'] ?? null, height: el.attributes['height'] ?? null, mimeType: el.attributes['mimeType'] ?? null };
}

function area(el: XElement): Area {
  const c = (n: string): number | null => num(el.attributes[n]);
  return {
    id: el.attributes['xml:id'] ?? null, n: el.attributes['n'] ?? null, type: el.attributes['type'] ?? null,
    ulx: c('ulx'), uly: c('uly'), lrx: c('lrx'), lry: c('lry'), points: el.attributes['points'] ?? null,
    graphics: kids(el, 'graphic').map(graphic),
  };
}

/** The surfaces of every <facsimile> (in surfaceGrp too), zones nested in zones flattened. */
export function surfaces(tree: XElement): Surface[] {
  const out: Surface[] = [];
  for (const f of kids(tree, 'facsimile')) {
    for (const s of elements(f)) {
      if (s.local !== 'surface') continue;
      const zones = [...elements(s)].filter((z) => z.local === 'zone').map(area);
      out.push({ ...area(s), zones });
    }
  }
  return out;
}
