/** The edition's canonical address: an absolute http(s) URL that ends in `/`. */
import { UsageError } from '../errors.js';

export function normaliseBaseUrl(given: string): string {
  let url: URL;
  try {
    url = new URL(given.trim());
  } catch {
    throw new UsageError(`the base URL "${given}" is not an absolute URL`, 'give the address the edition is published at, e.g. https://example.org/edition/');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new UsageError(`the base URL "${given}" is not an http(s) address`, 'give the address the edition is published at, e.g. https://example.org/edition/');
  }
  url.search = '';
  url.hash = '';
  const s = url.href;
  return s.endsWith('/') ? s : `${s}/`;
}

/** An output's path in dist/ as a URL: absolute under the base URL, else relative to dist/. */
export function urlOf(baseUrl: string | null, distPath: string): string {
  return `${baseUrl ?? ''}${distPath}`;
}
