/** Listing a folder for a bag: regular files only, in a stable order, with posix paths. */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface Listed {
  /** Path below the folder, with `/`. */
  rel: string;
  full: string;
}

export interface Skipped extends Listed {
  why: 'hidden' | 'not a regular file';
}

/** Every file below dir; hidden names (and what is not a regular file) are reported apart. */
export async function listFiles(dir: string, rel = ''): Promise<{ files: Listed[]; skipped: Skipped[] }> {
  const files: Listed[] = [];
  const skipped: Skipped[] = [];
  const entries = await readdir(path.join(dir, rel), { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const r = rel ? `${rel}/${entry.name}` : entry.name;
    const full = path.join(dir, r);
    if (entry.name.startsWith('.')) skipped.push({ rel: r, full, why: 'hidden' });
    else if (entry.isDirectory()) {
      const below = await listFiles(dir, r);
      files.push(...below.files);
      skipped.push(...below.skipped);
    } else if (entry.isFile()) files.push({ rel: r, full });
    else skipped.push({ rel: r, full, why: 'not a regular file' });
  }
  return { files, skipped };
}
