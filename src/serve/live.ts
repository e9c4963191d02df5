/**
 * Live reload over Server-Sent Events: every open page keeps one EventSource on
 * /__tei-edition/events. After a good build the server sends `reload`; after a failed one,
 * `problems` with the messages, which the page shows in an overlay over the last good text.
 * A page that connects (or reconnects) gets the current state at once, so an overlay survives
 * a reload and a page opened during a failure shows it. A page says which path it shows and
 * from which quick look, so that the server knows when the pages a quick look reloads have
 * loaded again (the build waits for that: it would hold up the server's one thread).
 */
import type { ServerResponse } from 'node:http';
import path from 'node:path';
import type { Message } from '../message.js';

export const LIVE_PREFIX = '/__tei-edition/';
export const EVENTS_PATH = `${LIVE_PREFIX}events`;
export const CLIENT_PATH = `${LIVE_PREFIX}live.js`;

/** What the overlay lists: one problem of a failed build. */
export interface Problem {
  file: string;
  line: number;
  column: number;
  severity: string;
  reason: string;
  ruleId: string;
  hint: string | null;
}

/** Pages of a quick look (src/serve/quick-look.ts): number n, their URL paths. */
export interface LookPages {
  n: number;
  pages: string[];
}

export type LiveState = ({ kind: 'ok'; build: number; same?: LookPages } | { kind: 'problems'; build: number; problems: Problem[] }) & { look?: LookPages };

/** The URL paths a page of the output is served at (a folder's index.html at the folder too). */
export function urlPaths(rel: string): string[] {
  const url = `/${rel.split('/').map(encodeURIComponent).join('/')}`;
  return url.endsWith('/index.html') ? [url, url.slice(0, -'index.html'.length)] : [url];
}

/** An open page's event stream: the URL path it shows and the quick look it was served from. */
interface Client {
  res: ServerResponse;
  page: string;
  look: number;
}

/** A quick look's wait for its pages to load again: how many, which look, which paths. */
interface Waiter {
  look: number;
  pages: readonly string[];
  viewers: number;
  done: () => void;
}

export interface LiveReloadOptions {
  /** The longest a quick look waits for its open pages to load again, in ms (default 1000). */
  reloadWait?: number;
}

export class LiveReload {
  private readonly clients = new Set<Client>();
  private readonly waiters = new Set<Waiter>();
  private readonly reloadWait: number;

  constructor(options: LiveReloadOptions = {}) {
    this.reloadWait = options.reloadWait ?? 1000;
  }
  private state: LiveState = { kind: 'ok', build: 0 };
  /** The quick look's pages, served from memory until the build that follows is done. */
  private quick = new Map<string, string>();
  private looks = 0;

  /** The number of the last good build: what a page served now shows. */
  get shown(): number {
    return this.good;
  }
  private good = 0;

  /**
   * Registers a page's event stream (the response of a GET on EVENTS_PATH): the URL path the
   * page shows and the number of the quick look it was served from (0: none).
   */
  connect(res: ServerResponse, page = '', look = 0): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    // `retry`: after a restart of the server, pages reconnect within half a second
    res.write('retry: 500\n\n');
    const client: Client = { res, page, look };
    this.clients.add(client);
    res.on('close', () => this.clients.delete(client));
    this.write(res, { ...this.state, initial: true });
    for (const w of this.waiters) if (this.loaded(w) >= w.viewers) w.done();
  }

  /** How many open pages show a waiter's look. */
  private loaded(w: Waiter): number {
    let n = 0;
    for (const c of this.clients) if (c.look === w.look && w.pages.includes(c.page)) n++;
    return n;
  }

  /**
   * A quick look is ready: the pages showing its document reload, from memory. When every error
   * of the last failed build was in that document (`file`, which has just passed its schema
   * and the rules), the overlay goes too; errors in other documents stay until a build.
   */
  looked(pages: readonly { path: string; content: string | Uint8Array }[], file?: string): Promise<void> {
    this.quick = new Map(pages.map((p) => [p.path, typeof p.content === 'string' ? p.content : Buffer.from(p.content).toString('utf8')]));
    const fixed =
      this.state.kind === 'problems' && file !== undefined &&
      this.state.problems.filter((p) => p.severity === 'error').every((p) => p.file !== '' && path.resolve(p.file) === path.resolve(file));
    const base: LiveState = fixed ? { kind: 'ok', build: this.good } : this.state;
    const look = { n: ++this.looks, pages: pages.flatMap((p) => urlPaths(p.path)) };
    const viewers = [...this.clients].filter((c) => look.pages.includes(c.page)).length;
    this.publish({ ...base, look });
    return this.reloaded(look.n, look.pages, viewers);
  }

  /**
   * Resolves when the pages that showed a quick look's paths have loaded it (their new event
   * streams say so), or after reloadWait: a page that does not come back holds nothing up for
   * long.
   */
  private reloaded(look: number, pages: readonly string[], viewers: number): Promise<void> {
    if (viewers === 0) return Promise.resolve();
    return new Promise((resolve) => {
      const waiter: Waiter = {
        look,
        pages,
        viewers,
        done: () => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve();
        },
      };
      const timer = setTimeout(waiter.done, this.reloadWait);
      this.waiters.add(waiter);
    });
  }

  /** The page of the current quick look at this path of the output, and the look's number. */
  quickPage(rel: string): { html: string; look: number } | undefined {
    const html = this.quick.get(rel);
    return html === undefined ? undefined : { html, look: this.looks };
  }

  /** The paths of the current quick look's pages in the output. */
  get quickPaths(): string[] {
    return [...this.quick.keys()];
  }

  /**
   * A good build was published: pages reload, except those showing a quick look whose page the
   * build published unchanged (`same`: their paths in the output).
   */
  built(same: readonly string[] = []): void {
    this.good = this.state.build + 1;
    const shown = same.filter((p) => this.quick.has(p));
    this.quick = new Map();
    this.publish({ kind: 'ok', build: this.good, ...(shown.length ? { same: { n: this.looks, pages: shown.flatMap(urlPaths) } } : {}) });
  }

  /** A build failed: pages keep their text and show the problems. */
  failed(problems: Problem[]): void {
    this.quick = new Map();
    this.publish({ kind: 'problems', build: this.state.build + 1, problems });
  }

  /** Ends every stream (the server is closing); nothing waits for a page any more. */
  close(): void {
    for (const c of this.clients) c.res.end();
    this.clients.clear();
    for (const w of this.waiters) w.done();
  }

  private publish(state: LiveState): void {
    this.state = state;
    for (const c of this.clients) this.write(c.res, state);
  }

  private write(res: ServerResponse, data: object): void {
    res.write(`data: ${JSON.stringify(data)}\n\n`);
  }
}

/** The errors (and, beside them, the warnings) of a failed build, for the overlay. */
export function problemsOf(messages: readonly Message[]): Problem[] {
  const rank = (m: Message) => (m.severity === 'error' ? 0 : 1);
  return [...messages]
    .sort((a, b) => rank(a) - rank(b))
    .map((m) => ({ file: m.file, line: m.line, column: m.column, severity: m.severity, reason: m.reason, ruleId: m.ruleId, hint: m.hint ?? null }));
}

/**
 * The tag put before </body> of every HTML page the server sends (never into the files), with
 * the number of the build the page comes from: a build that ends before the page's event
 * stream connects still reloads it.
 */
export function injectClient(html: string, build: number, look = 0): string {
  const tag = `<script src="${CLIENT_PATH}" data-build="${build}"${look ? ` data-look="${look}"` : ''} defer></script>`;
  const at = html.lastIndexOf('</body>');
  return at < 0 ? html + tag : `${html.slice(0, at)}${tag}\n${html.slice(at)}`;
}

/**
 * The page's side. The overlay is a <dialog> in a shadow root, so that neither the edition's
 * CSS nor its scripts touch it; it is built with textContent only (the messages quote the TEI).
 */
export const CLIENT_SCRIPT = `(() => {
  'use strict';
  const host = document.createElement('tei-edition-live');
  const root = host.attachShadow({ mode: 'open' });
  const data = (document.currentScript && document.currentScript.dataset) || {};
  let seen = Number(data.build);
  const seenLook = Number(data.look || 0);
  const here = location.pathname;
  function overlay(problems) {
    root.replaceChildren();
    if (!problems) { host.remove(); return; }
    const style = document.createElement('style');
    style.textContent = 'dialog{position:fixed;inset:1rem;margin:auto;max-width:60rem;max-height:80vh;overflow:auto;background:#fff;color:#111;border:3px solid #b00020;border-radius:.5rem;padding:1rem 1.5rem;font:14px/1.5 system-ui,sans-serif;z-index:2147483647}h2{margin:0 0 .5rem;color:#b00020;font-size:1.1rem}li{margin:.4rem 0}code{font:13px ui-monospace,monospace}.hint{color:#444}.sev{font-weight:600}';
    const dialog = document.createElement('dialog');
    dialog.setAttribute('aria-labelledby', 'tei-live-h');
    const h = document.createElement('h2');
    h.id = 'tei-live-h';
    const errors = problems.filter((p) => p.severity === 'error').length;
    h.textContent = 'The build failed (' + errors + ' error' + (errors === 1 ? '' : 's') + '): this page shows the last good build';
    const list = document.createElement('ul');
    for (const p of problems) {
      const li = document.createElement('li');
      li.className = 'problem';
      const where = document.createElement('code');
      where.textContent = p.file + ':' + p.line + ':' + p.column;
      const sev = document.createElement('span');
      sev.className = 'sev';
      sev.textContent = ' ' + p.severity + ' ';
      li.append(where, sev, document.createTextNode(p.reason + ' (' + p.ruleId + ')'));
      if (p.hint) {
        const hint = document.createElement('div');
        hint.className = 'hint';
        hint.textContent = 'hint: ' + p.hint;
        li.append(hint);
      }
      list.append(li);
    }
    const close = document.createElement('button');
    close.type = 'button';
    close.textContent = 'Hide';
    close.addEventListener('click', () => dialog.close());
    dialog.append(h, list, close);
    root.append(style, dialog);
    document.body.append(host);
    dialog.show();
  }
  // which page this is, and from which quick look: the server waits for a reloaded page to come back
  const source = new EventSource('${EVENTS_PATH}?page=' + encodeURIComponent(here) + '&look=' + seenLook);
  source.onmessage = (e) => {
    const state = JSON.parse(e.data);
    // a quick look of this page: its new text, from memory, before the build is done
    if (state.look && state.look.pages.indexOf(here) >= 0 && state.look.n !== seenLook) { location.reload(); return; }
    if (state.kind === 'problems') { overlay(state.problems); return; }
    overlay(null);
    if (state.look && state.look.pages.indexOf(here) >= 0) return;
    if (state.build === seen) return;
    // the build published what this page shows already
    if (state.same && state.same.n === seenLook && state.same.pages.indexOf(here) >= 0) { seen = state.build; return; }
    location.reload();
  };
  window.addEventListener('pagehide', () => source.close());
})();
`;
