/**
 * dist/assets/: what every HTML page shares — edition.css, edition.js, and MiniSearch for the
 * search (loaded by edition.js on first use). Copied once per build, not per document.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { xsltDir } from '../paths.js';
import type { Output } from './output.js';
import { withScriptMessages } from '../i18n/messages.js';

const require = createRequire(import.meta.url);

/** The shared files, read once per process: they change only with the toolkit. */
let assets: Output[] | undefined;

/** For a long-running process (`tei-edition watch`): the assets changed, read them again. */
export function forgetAssets(): void {
  assets = undefined;
}

export function renderAssets(): Output[] {
  assets ??= [
    { path: 'assets/edition.css', content: compactCss(readFileSync(path.join(xsltDir, 'assets', 'edition.css'), 'utf8')) },
    { path: 'assets/edition.js', content: withMessages(compact(readFileSync(path.join(xsltDir, 'assets', 'edition.js'), 'utf8'))) },
    { path: 'assets/minisearch.js', content: miniSearch() },
  ];
  return assets;
}

/** The script's words: every interface language's js.* messages, for the page's html/@lang to pick. */
function withMessages(code: string): string {
  return withScriptMessages(code, 'edition.js', 'js.');
}

/**
 * MiniSearch's browser build (UMD: sets window.MiniSearch) without its comments and indentation:
 * 86 KB become 32 KB.
 */
function miniSearch(): string {
  const main = require.resolve('minisearch');
  const root = main.slice(0, main.lastIndexOf(`${path.sep}dist${path.sep}`));
  const umd = path.join(root, 'dist', 'umd', 'index.js');
  const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;
  return `/* MiniSearch ${version}, MIT licence, https://github.com/lucaong/minisearch */\n${compact(readFileSync(umd, 'utf8'))}\n`;
}

/**
 * A file without its comments and indentation (the reading page has a weight budget). Safe for
 * these files, which have no multi-line strings or templates and no comment markers in strings
 * (test/html/ runs the results in Chromium).
 */
/** CSS also loses the spaces around its punctuation (no CSS string of ours has any there). */
function compactCss(css: string): string {
  return compact(css).replace(/\s*([{};,>])\s*/g, '$1');
}

function compact(code: string): string {
  return code
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'))
    .join('\n');
}
