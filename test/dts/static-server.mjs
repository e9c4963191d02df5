#!/usr/bin/env node
/**
 * A tiny static web server for trying the DTS API (and for running the official validator
 * against it) on 127.0.0.1. It does only what the README's server configuration does: files as
 * they are, the DTS content types (application/ld+json, application/tei+xml), the Link header
 * of the Document endpoint, and 400 for the requests a Level 0 API does not answer.
 *
 *   node test/dts/static-server.mjs DIR PORT
 */
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Requests a Level 0 static API cannot answer, with the reason given in the 400 response. */
export const UNSUPPORTED = [
  // A start/end range: two segments after the resource.
  [/^\/dts\/(navigation|document)\/[^/]+\/[^/]+\/[^/]+$/, 'start and end (ranges) are not supported by this Level 0 DTS API'],
  // Navigation without ref needs down >= 1 (or -1); without down it needs a ref.
  [/^\/dts\/navigation\/[^/;]+(;tree=[^/;]+)?(;down=0)?\.json$/, 'the Navigation endpoint needs ref or down (down=0 needs ref)'],
];

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json', '.jsonld': 'application/ld+json', '.xml': 'application/xml', '.svg': 'image/svg+xml', '.png': 'image/png' };

export function contentType(urlPath) {
  if (/^\/dts\/.*\.json$/.test(urlPath)) return 'application/ld+json';
  if (/^\/dts\/document\/.*\.xml$/.test(urlPath)) return 'application/tei+xml';
  return TYPES[path.extname(urlPath)] ?? 'application/octet-stream';
}

export function serve(dir, port = 0) {
  const root = path.resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let urlPath;
    try {
      urlPath = decodeURIComponent(url.pathname);
    } catch {
      return send(res, 400, 'text/plain', 'bad URL encoding');
    }
    for (const [pattern, reason] of UNSUPPORTED) {
      if (pattern.test(urlPath)) return send(res, 400, 'application/json', JSON.stringify({ error: reason }));
    }
    const file = path.join(root, urlPath.endsWith('/') ? `${urlPath}index.html` : urlPath);
    if (!file.startsWith(root + path.sep)) return send(res, 403, 'text/plain', 'forbidden');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return send(res, 404, 'text/plain', 'not found');
    const headers = { 'Content-Type': contentType(urlPath) };
    const doc = /^\/dts\/document\/([^/;.]+)/.exec(urlPath);
    if (doc) headers.Link = `<http://${req.headers.host}/dts/collection/${encodeURIComponent(doc[1])}.json>; rel="collection"`;
    res.writeHead(200, headers);
    res.end(await readFile(file));
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}

function send(res, status, type, body) {
  res.writeHead(status, { 'Content-Type': type });
  res.end(body);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [dir = 'dist', port = '8000'] = process.argv.slice(2);
  const server = await serve(dir, Number(port));
  console.log(`serving ${dir} at http://127.0.0.1:${server.address().port}/ (pid ${process.pid})`);
}
