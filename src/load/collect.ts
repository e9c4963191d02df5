/** Expands the inputs (files and folders) into the list of TEI files to load, in stable order. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { TeiFile } from '../file.js';
import type { Limits } from './limits.js';
import { read } from './read.js';

export async function collect(inputs: readonly string[]): Promise<string[]> {
  const found = new Set<string>();
  for (const input of inputs) {
    let info;
    try {
      info = await stat(input);
    } catch {
      throw new UsageError(`cannot read ${input}: no such file or folder`, 'give a TEI file or a folder of TEI files');
    }
    if (info.isDirectory()) for (const f of await xmlFilesIn(input)) found.add(f);
    else found.add(input);
  }
  if (found.size === 0) throw new UsageError(`no .xml files in ${inputs.join(', ')}`, 'TEI documents must end in .xml');
  return [...found].sort();
}

async function xmlFilesIn(dir: string): Promise<string[]> {
  const out: string[] = [];
  const entries = await readdir(dir, { withFileTypes: true });
  // code-unit order, as the list is sorted at the end: localeCompare would load ICU's collator
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await xmlFilesIn(full)));
    else if (entry.name.endsWith('.xml')) out.push(full);
  }
  return out;
}

/** Every TEI file of the inputs, read (not parsed): a file that cannot be read stops the command. */
export async function readInputs(inputs: readonly string[], limits: Limits): Promise<TeiFile[]> {
  const paths = await collect(inputs);
  return Promise.all(
    paths.map((p) =>
      read(p, limits).catch((err: Error) => {
        throw new UsageError(`cannot read ${p}: ${err.message}`);
      }),
    ),
  );
}
