/** Reads a document's bytes and decodes them as UTF-8, refusing anything else. */
import { readFile } from 'node:fs/promises';
import { TeiFile } from '../file.js';

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export async function read(filePath: string): Promise<TeiFile> {
  const bytes = await readFile(filePath);
  return fromBytes(filePath, bytes);
}

export function fromBytes(filePath: string, bytes: Uint8Array): TeiFile {
  try {
    return new TeiFile(filePath, decoder.decode(bytes));
  } catch {
    const file = new TeiFile(filePath, '');
    file.message('the file is not valid UTF-8', {
      ruleId: 'utf-8',
      source: 'xml',
      hint: 'save the document as UTF-8 (TEI documents are UTF-8 by convention)',
    });
    return file;
  }
}
