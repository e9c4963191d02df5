/**
 * poppler-utils (pdftotext, pdffonts, pdfinfo, pdftoppm) read the PDF as a reader's tools do.
 * Where they are missing, the tests install Debian's package as test/chromium.ts installs
 * Chromium (as root, or with password-less sudo); otherwise they stop and say what to install.
 */
import { execFileSync } from 'node:child_process';
import { aptInstall } from '../apt.js';
import { existsSync } from 'node:fs';

export function poppler(tool: 'pdftotext' | 'pdffonts' | 'pdfinfo' | 'pdftoppm'): string {
  const path = `/usr/bin/${tool}`;
  if (existsSync(path)) return path;
  aptInstall('poppler-utils');
  if (!existsSync(path)) throw new Error(`The PDF tests need ${tool} (poppler-utils): sudo apt-get install poppler-utils`);
  return path;
}

/** A poppler tool's output. */
export function run(tool: Parameters<typeof poppler>[0], args: string[]): string {
  return execFileSync(poppler(tool), args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}
