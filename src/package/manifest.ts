/**
 * BagIt manifests (RFC 8493 §2.1.3, §2.2.1): one `checksum path` line per file. Paths escape
 * only CR, LF and `%` (as %0D, %0A, %25); everything else is written as is, in UTF-8.
 */

/** The one algorithm the project's profile requires and allows. */
export const ALGORITHM = 'sha512';
export const MANIFEST = `manifest-${ALGORITHM}.txt`;
export const TAG_MANIFEST = `tagmanifest-${ALGORITHM}.txt`;
/** Hex digits of a SHA-512 digest. */
export const DIGEST_LENGTH = 128;

export interface ManifestEntry {
  path: string;
  digest: string;
}

export interface ManifestLine extends ManifestEntry {
  /** 1-based line in the manifest. */
  line: number;
}

/** A problem in a tag file's text, located by its line. */
export interface LineProblem {
  line: number;
  column: number;
  reason: string;
  ruleId: string;
}

export function encodePath(p: string): string {
  return p.replace(/%/g, '%25').replace(/\n/g, '%0A').replace(/\r/g, '%0D');
}

export function decodePath(p: string): string {
  return p.replace(/%(0A|0D|25)/gi, (_, code: string) => ({ '0A': '\n', '0D': '\r', '25': '%' })[code.toUpperCase()]!);
}

/** Sorted by path (code unit order, the same on every machine), LF line ends. */
export function manifestText(entries: readonly ManifestEntry[]): string {
  return [...entries]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((e) => `${e.digest}  ${encodePath(e.path)}\n`)
    .join('');
}

/**
 * Splits a tag file into lines, decoding each as UTF-8 on its own, so that a line that is not
 * UTF-8 is reported by its number and the others are still read.
 */
export function utf8Lines(bytes: Uint8Array): { lines: { n: number; text: string }[]; problems: LineProblem[] } {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const lines: { n: number; text: string }[] = [];
  const problems: LineProblem[] = [];
  let start = 0;
  let n = 0;
  for (let i = 0; i <= bytes.length; i++) {
    if (i < bytes.length && bytes[i] !== 0x0a) continue;
    if (i === bytes.length && start === i) break;
    n++;
    let end = i;
    if (end > start && bytes[end - 1] === 0x0d) end--;
    const raw = bytes.subarray(start, end);
    try {
      lines.push({ n, text: decoder.decode(raw) });
    } catch {
      const bad = firstBadByte(raw);
      problems.push({
        line: n,
        column: bad + 1,
        reason: `line ${n} is not UTF-8 (byte 0x${raw[bad]!.toString(16).padStart(2, '0')} at byte ${bad + 1} of the line): tag files must be UTF-8`,
        ruleId: 'bag-encoding',
      });
    }
    start = i + 1;
  }
  return { lines, problems };
}

function firstBadByte(raw: Uint8Array): number {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (let end = 1; end <= raw.length; end++) {
    try {
      decoder.decode(raw.subarray(0, end), { stream: true });
    } catch {
      return end - 1;
    }
  }
  return Math.max(0, raw.length - 1);
}

/** Reads a manifest; malformed lines become problems, the rest entries. */
export function parseManifest(bytes: Uint8Array): { entries: ManifestLine[]; problems: LineProblem[] } {
  const { lines, problems } = utf8Lines(bytes);
  const entries: ManifestLine[] = [];
  for (const { n, text } of lines) {
    if (text.trim() === '') continue;
    const m = /^([0-9A-Fa-f]+)[ \t]+(.+)$/s.exec(text);
    if (!m) {
      problems.push({ line: n, column: 1, reason: `line ${n} is not "checksum path": ${JSON.stringify(text.slice(0, 80))}`, ruleId: 'bag-manifest-line' });
      continue;
    }
    const digest = m[1]!.toLowerCase();
    if (digest.length !== DIGEST_LENGTH) {
      problems.push({ line: n, column: 1, reason: `line ${n}: a ${ALGORITHM} checksum has ${DIGEST_LENGTH} hex digits, this one ${digest.length}`, ruleId: 'bag-manifest-line' });
      continue;
    }
    entries.push({ line: n, digest, path: decodePath(m[2]!) });
  }
  return { entries, problems };
}

/**
 * Why a manifest path is unsafe, or null: it must be relative, use `/`, and never climb out of
 * the bag (`..`), so that no reader is led to a file outside it.
 */
export function unsafePath(p: string): string | null {
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p)) return 'is absolute';
  if (p.includes('\\')) return 'contains a backslash';
  if (p.includes('\0')) return 'contains a NUL character';
  if (p.split('/').some((s) => s === '..')) return 'climbs out of the bag with ".."';
  if (p.split('/').some((s) => s === '.' || s === '')) return 'has an empty or "." segment';
  return null;
}
