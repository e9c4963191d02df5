/**
 * The interface language of a document's pages: `--ui-lang`, else the `uiLang` of a
 * `tei-edition.json` beside the document (the edition's own settings, in the folder of its TEI),
 * else English. The text's languages are the TEI's own (xml:lang) and are never changed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../errors.js';
import { uiLanguages } from './messages.js';

export const CONFIG_FILE = 'tei-edition.json';
export const DEFAULT_UI_LANG = 'en';

const configs = new Map<string, string | null>();

/** Checks a language code against the tables: an unknown one is the user's mistake. */
export function checkUiLang(lang: string, where: string): string {
  const known = uiLanguages();
  if (!known.includes(lang)) {
    throw new UsageError(`${where}: no interface in "${lang}"`, `the interface languages are ${known.join(', ')} (xslt/messages/<code>.json)`);
  }
  return lang;
}

/** The `uiLang` a tei-edition.json in `folder` declares, or null. Read once per folder. */
function configured(folder: string): string | null {
  if (configs.has(folder)) return configs.get(folder)!;
  const file = path.join(folder, CONFIG_FILE);
  let lang: string | null = null;
  if (existsSync(file)) {
    let config: unknown;
    try {
      config = JSON.parse(readFileSync(file, 'utf8'));
    } catch (err) {
      throw new UsageError(`cannot read ${file}: ${(err as Error).message}`, 'it must be a JSON object, e.g. {"uiLang": "nl"}');
    }
    const value = (config as { uiLang?: unknown } | null)?.uiLang;
    if (value !== undefined) {
      if (typeof value !== 'string') throw new UsageError(`${file}: "uiLang" must be a language code`, 'e.g. {"uiLang": "nl"}');
      lang = checkUiLang(value, file);
    }
  }
  configs.set(folder, lang);
  return lang;
}

/** The interface language for the document at `docPath`. */
export function uiLangOf(docPath: string, option?: string): string {
  if (option !== undefined) return checkUiLang(option, '--ui-lang');
  return configured(path.dirname(path.resolve(docPath))) ?? DEFAULT_UI_LANG;
}
