/**
 * sitemap.xml (sitemaps.org 0.9: every page, lastmod from the sources) and robots.txt.
 * Sitemaps require absolute URLs: without a base URL no sitemap is written, and robots.txt
 * says why instead of pointing to one.
 */
import type { EditionModel } from '../../model/edition.js';
import type { Output } from '../output.js';
import { xmlDocument } from './xml.js';

export const SITEMAP = 'sitemap.xml';

export function renderSitemap(_files: unknown, edition: EditionModel, outputs: readonly Output[]): Output[] {
  const base = edition.baseUrl;
  const robots = ['# tei-edition: every page of the edition may be crawled', 'User-agent: *', 'Allow: /'];
  if (!base) {
    robots.push('# No Sitemap line: the edition was built without a base URL (--base-url), and sitemaps need absolute URLs.');
    return [{ path: 'robots.txt', content: `${robots.join('\n')}\n` }];
  }
  robots.push(`Sitemap: ${base}${SITEMAP}`);
  const pages = outputs.map((o) => o.path).filter((p) => p.endsWith('.html')).sort();
  const url = pages.map((p) => {
    const doc = edition.document(p.split('/')[0]!);
    const lastmod = (p.includes('/') ? doc?.modified : null) ?? edition.modified;
    return { loc: `${base}${p}`, ...(lastmod ? { lastmod } : {}) };
  });
  const sitemap = xmlDocument({ urlset: { '@_xmlns': 'http://www.sitemaps.org/schemas/sitemap/0.9', url } });
  return [
    { path: SITEMAP, content: sitemap },
    { path: 'robots.txt', content: `${robots.join('\n')}\n` },
  ];
}
