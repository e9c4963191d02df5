/** The object every stage shares: one document's path, text, tree, data and messages. */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { compareMessages, type Message, type Place, type Severity } from './message.js';
import type { XElement } from './xml.js';

export interface MessageOptions {
  place?: Place;
  ruleId: string;
  source?: string;
  severity?: Severity;
  hint?: string;
}

export class TeiFile {
  /** Path as the user gave it (used in diagnostics). */
  readonly path: string;
  /** The document's text, decoded (see src/load/decode.ts). */
  text: string;
  /**
   * The encoding its bytes were in (WHATWG name: `utf-8`, `utf-16le`, `windows-1252`…). When it
   * is not UTF-8, `text`'s XML declaration has been rewritten to say UTF-8 (padded with spaces
   * so that positions do not move).
   */
  encoding = 'utf-8';
  /**
   * The parsed tree. When the document is not well-formed this is the parser's best recovery,
   * good enough for the attribute rules but never rendered.
   */
  tree: XElement | null = null;
  /**
   * The tree holds only the root, its teiHeader and standOff: the text was parsed, checked and rendered in
   * a worker of the build's pool (src/build/), and the main thread keeps what the site needs.
   */
  partialTree = false;
  /** No well-formedness error was found. */
  wellFormed = false;
  /** The root is <TEI> in the TEI namespace. */
  isTei = false;
  /** Results of later stages (ids, registers, rendered outputs), keyed by stage. */
  readonly data: Record<string, unknown> = {};
  readonly messages: Message[] = [];

  /** A hash of the bytes it was read from (src/load/read.ts), or else of its text. */
  #contentHash: string | undefined;

  constructor(filePath: string, text: string, contentHash?: string) {
    this.path = filePath;
    this.text = text;
    this.#contentHash = contentHash;
  }

  /**
   * What the build manifest knows the document by (src/manifest/): SHA-256 of its bytes as read,
   * hashed before they were decoded, so that a build with nothing to do need not decode them.
   */
  get contentHash(): string {
    this.#contentHash ??= createHash('sha256').update(this.text).digest('hex');
    return this.#contentHash;
  }

  /** The document's id: its file name without `.xml`. It names its folder in dist/. */
  get id(): string {
    return path.basename(this.path).replace(/\.xml$/i, '');
  }

  /** Records a problem. Stages call this; they never print. */
  message(reason: string, options: MessageOptions): Message {
    const msg: Message = {
      reason,
      file: this.path,
      // Places are 1-based; a parser that says column 0 (saxes, on an empty document) means 1.
      line: Math.max(1, options.place?.line ?? 1),
      column: Math.max(1, options.place?.column ?? 1),
      severity: options.severity ?? 'error',
      source: options.source ?? 'tei-edition',
      ruleId: options.ruleId,
      ...(options.hint ? { hint: options.hint } : {}),
    };
    this.messages.push(msg);
    return msg;
  }

  get hasErrors(): boolean {
    return this.messages.some((m) => m.severity === 'error');
  }

  sortedMessages(): Message[] {
    return [...this.messages].sort(compareMessages);
  }
}
