/**
 * Reads a document's bytes and decodes them (src/load/decode.ts: UTF-8, UTF-16 with a byte order
 * mark, or the encoding the XML declaration names). A file over the size limit is refused before
 * it is read.
 */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { TeiFile } from '../file.js';
import { decode, isProblem } from './decode.js';
import { defaultLimits, raiseHint, type Limits } from './limits.js';

export async function read(filePath: string, limits: Limits = defaultLimits): Promise<TeiFile> {
  const { size } = await stat(filePath);
  if (size > limits.fileSize) return tooLarge(filePath, size, limits);
  return fromBytes(filePath, await readFile(filePath), limits);
}

export function fromBytes(filePath: string, bytes: Uint8Array, limits: Limits = defaultLimits): TeiFile {
  if (bytes.length > limits.fileSize) return tooLarge(filePath, bytes.length, limits);
  const decoded = decode(bytes);
  if (isProblem(decoded)) {
    const file = new TeiFile(filePath, '');
    file.message(decoded.reason, { place: decoded.place, ruleId: decoded.ruleId, source: 'xml', hint: decoded.hint });
    return file;
  }
  const file = new TeiFile(filePath, decoded.text, bytesHash(bytes));
  file.encoding = decoded.encoding;
  return file;
}

function tooLarge(filePath: string, size: number, limits: Limits): TeiFile {
  const file = new TeiFile(filePath, '');
  file.message(`the file is ${size} bytes long (limit ${limits.fileSize})`, {
    ruleId: 'limit-file-size',
    hint: raiseHint('fileSize', limits.fileSize),
  });
  return file;
}

/** The hash a document's bytes are known by in the build manifest (TeiFile.contentHash). */
export const bytesHash = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
