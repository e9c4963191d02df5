/**
 * A small static server for the built edition (sirv on node:http), on 127.0.0.1 unless told
 * otherwise: the preview is for the editor, not the network. HTML pages are read by the server
 * itself so that the live-reload script can be put into what is sent; the files in the output
 * folder never contain it. The output folder is a link that a build swaps atomically
 * (src/write.ts), so every request is resolved afresh (sirv's dev mode) and sees one whole
 * edition, old or new.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { CLIENT_PATH, CLIENT_SCRIPT, EVENTS_PATH, injectClient, type LiveReload } from './live.js';

export interface ServeOptions {
  /** The output folder to serve. */
  root: string;
  port?: number;
  host?: string;
  live: LiveReload;
}

export interface Running {
  server: Server;
  url: string;
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions): Promise<Running> {
  const root = path.resolve(options.root);
  const statics = sirv(root, { dev: true, dotfiles: false });
  const server = createServer((req, res) => {
    handle(req, res, root, options.live, statics).catch((err: Error) => {
      if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`tei-edition serve: ${err.message}\n`);
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 8080, host, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    server,
    url: `http://${shown}:${port}/`,
    close: () =>
      new Promise<void>((resolve) => {
        options.live.close();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function handle(req: IncomingMessage, res: ServerResponse, root: string, live: LiveReload, statics: ReturnType<typeof sirv>): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === EVENTS_PATH) return live.connect(res, url.searchParams.get('page') ?? '', Number(url.searchParams.get('look')) || 0);
  if (url.pathname === CLIENT_PATH) {
    res.writeHead(200, { 'content-type': 'text/javascript; charset=utf-8', 'cache-control': 'no-store' });
    res.end(CLIENT_SCRIPT);
    return;
  }
  const quick = quickPage(url.pathname, live);
  if (quick && (req.method === 'GET' || req.method === 'HEAD')) {
    const html = injectClient(quick.html, live.shown, quick.look);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : html);
    return;
  }
  const page = await htmlFile(root, url.pathname);
  if (page && (req.method === 'GET' || req.method === 'HEAD')) {
    const html = injectClient(await readFile(page, 'utf8'), live.shown);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(req.method === 'HEAD' ? undefined : html);
    return;
  }
  statics(req, res, () => {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found\n');
  });
}

/** The page of the current quick look at a path (a folder means its index.html). */
function quickPage(pathname: string, live: LiveReload): { html: string; look: number } | undefined {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname).replace(/^\/+/, '');
  } catch {
    return undefined;
  }
  return live.quickPage(rel) ?? live.quickPage(`${rel.replace(/\/?$/, '/')}index.html`);
}

/** The HTML file a path names (a folder means its index.html), inside the root only. */
async function htmlFile(root: string, pathname: string): Promise<string | null> {
  let rel: string;
  try {
    rel = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  const full = path.join(root, path.normalize(rel));
  if (full !== root && !full.startsWith(root + path.sep)) return null;
  try {
    const s = await stat(full);
    const file = s.isDirectory() ? path.join(full, 'index.html') : full;
    if (!file.endsWith('.html')) return null;
    return (await stat(file)).isFile() ? file : null;
  } catch {
    return null;
  }
}
