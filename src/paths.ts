/** Where the toolkit's own files are (schema, stylesheets), wherever it is run from. */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root: this file is src/paths.ts or lib/paths.js, one level below it. */
export const packageRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const defaultSchema = path.join(packageRoot, 'tei', 'schema', 'tei-edition.rng');
export const xsltDir = path.join(packageRoot, 'xslt');
export const cacheDir = path.join(packageRoot, '.cache');
