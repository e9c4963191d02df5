/**
 * Live reload over Server-Sent Events: every open page keeps one EventSource on
 * /__tei-edition/events. After a good build the server sends `reload`; after a failed one,
 * `problems` with the messages, which the page shows in an overlay over the last good text.
 * A page that connects (or reconnects) gets the current state at once, so an overlay survives
 * a reload and a page opened during a failure shows it.
 */
import type { ServerResponse } from 'node:http';
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

export type LiveState = { kind: 'ok'; build: number } | { kind: 'problems'; build: number; problems: Problem[] };

export class LiveReload {
  private readonly clients = new Set<ServerResponse>();
  private state: LiveState = { kind: 'ok', build: 0 };

  /** The number of the last good build: what a page served now shows. */
  get shown(): number {
    return this.good;
  }
  private good = 0;

  /** Registers a page's event stream (the response of a GET on EVENTS_PATH). */
  connect(res: ServerResponse): void {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
    // `retry`: after a restart of the server, pages reconnect within half a second
    res.write('retry: 500\n\n');
    this.clients.add(res);
    res.on('close', () => this.clients.delete(res));
    this.write(res, { ...this.state, initial: true });
  }

  /** A good build was published: pages reload. */
  built(): void {
    this.good = this.state.build + 1;
    this.publish({ kind: 'ok', build: this.good });
  }

  /** A build failed: pages keep their text and show the problems. */
  failed(problems: Problem[]): void {
    this.publish({ kind: 'problems', build: this.state.build + 1, problems });
  }

  /** Ends every stream (the server is closing). */
  close(): void {
    for (const res of this.clients) res.end();
    this.clients.clear();
  }

  private publish(state: LiveState): void {
    this.state = state;
    for (const res of this.clients) this.write(res, state);
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
export function injectClient(html: string, build: number): string {
  const tag = `<script src="${CLIENT_PATH}" data-build="${build}" defer></script>`;
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
  const seen = Number(document.currentScript && document.currentScript.dataset.build);
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
  const source = new EventSource('${EVENTS_PATH}');
  source.onmessage = (e) => {
    const state = JSON.parse(e.data);
    if (state.kind === 'problems') { overlay(state.problems); return; }
    overlay(null);
    if (state.build !== seen) location.reload();
  };
  window.addEventListener('pagehide', () => source.close());
})();
`;
