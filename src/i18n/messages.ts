/**
 * The interface's message tables, one per language (xslt/messages/<lang>.json): what the XSLT
 * (as the $messages parameter), the landing page and edition.js (the `js.*` messages) write. A
 * table is flat: key → text, with {0}, {1}… where a value goes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { xsltDir } from '../paths.js';

export type Messages = Readonly<Record<string, string>>;

const dir = path.join(xsltDir, 'messages');
const tables = new Map<string, Messages>();

/** The interface languages there is a table for, e.g. ['en', 'nl']. */
export function uiLanguages(): string[] {
  return readdirSync(dir).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).sort();
}

/** The table of a language (English when there is none: the caller checks the code first). */
export function messages(lang: string): Messages {
  let table = tables.get(lang);
  if (!table) {
    const file = uiLanguages().includes(lang) ? lang : 'en';
    table = JSON.parse(readFileSync(path.join(dir, `${file}.json`), 'utf8')) as Messages;
    tables.set(lang, table);
  }
  return table;
}

/** A message with its placeholders filled. A key missing from the table is a bug in the toolkit. */
export function t(lang: string, key: string, ...args: (string | number)[]): string {
  const text = messages(lang)[key];
  if (text === undefined) throw new Error(`no message ${key} in xslt/messages/${lang}.json`);
  return text.replace(/\{(\d)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));
}

/** The stylesheet parameters of the interface language (xslt/edition.xsl: ui-lang, messages). */
export function uiParams(lang: string): { 'ui-lang': string; messages: string } {
  return { 'ui-lang': lang, messages: JSON.stringify(messages(lang)) };
}

/**
 * Every language's messages of a script, without the prefix: `js.*` for edition.js, `corpusjs.*`
 * for corpus.js. The script picks the page's language (html/@lang).
 */
export function scriptMessages(prefix = 'js.'): Record<string, Record<string, string>> {
  return Object.fromEntries(
    uiLanguages().map((lang) => [
      lang,
      Object.fromEntries(Object.entries(messages(lang)).filter(([k]) => k.startsWith(prefix)).map(([k, v]) => [k.slice(prefix.length), v])),
    ]),
  );
}

/** A script with its words: the `var MESSAGES = {};` it holds becomes every language's messages of `prefix`. */
export function withScriptMessages(code: string, file: string, prefix: string): string {
  const marker = 'var MESSAGES = {};';
  if (!code.includes(marker)) throw new Error(`xslt/assets/${file} has lost its "${marker}"`);
  return code.replace(marker, () => `var MESSAGES = ${JSON.stringify(scriptMessages(prefix))};`);
}
