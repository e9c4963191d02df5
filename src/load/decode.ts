/**
 * Bytes → text, by the rules of XML 1.0 appendix F: a byte order mark names UTF-8 or UTF-16
 * (LE/BE); without one, the XML declaration names the encoding, and without a declaration the
 * document is UTF-8. Any encoding Node's TextDecoder knows is read (WHATWG labels: ISO-8859-1 is
 * decoded as windows-1252, its superset). An encoding that lies — the mark or the bytes say one
 * thing, the declaration another, or bytes that are not valid in it — is a located error, never a
 * silent mis-decoding. The text keeps every character where it was, so that line:column in later
 * messages is right: a rewritten declaration is padded to its old length.
 */
import type { Place } from '../message.js';

export interface Decoded {
  text: string;
  /** WHATWG name of the encoding the bytes were in (`utf-8`, `utf-16le`, `windows-1252`…). */
  encoding: string;
}

export interface DecodeProblem {
  reason: string;
  place: Place;
  ruleId: 'encoding';
  hint: string;
}

const UTF16 = new Set(['utf-16le', 'utf-16be']);

/**
 * Node 20's TextDecoder decodes windows-1252 (and so ISO-8859-1, its WHATWG alias) as Latin-1:
 * 0x80–0x9F become C1 controls instead of € ‘ ’ “ ” – — …. Where it does, map them as the
 * WHATWG index does (five bytes that windows-1252 leaves undefined stay as they are).
 */
const brokenWindows1252 = new TextDecoder('windows-1252').decode(Uint8Array.of(0x80)) !== '\u20ac';
const WINDOWS_1252 = [
  '\u20ac', '\u0081', '\u201a', '\u0192', '\u201e', '\u2026', '\u2020', '\u2021', '\u02c6', '\u2030', '\u0160', '\u2039', '\u0152', '\u008d', '\u017d', '\u008f',
  '\u0090', '\u2018', '\u2019', '\u201c', '\u201d', '\u2022', '\u2013', '\u2014', '\u02dc', '\u2122', '\u0161', '\u203a', '\u0153', '\u009d', '\u017e', '\u0178',
];

export function decode(bytes: Uint8Array): Decoded | DecodeProblem {
  const bom = sniffBom(bytes);
  if (bom === 'utf-32') return problem('the file is UTF-32, which XML processors need not read', { line: 1, column: 1 }, 'save the document as UTF-8');
  const unmarked = bom ? undefined : sniffUnmarkedUtf16(bytes);
  const guess = bom ?? unmarked ?? 'utf-8';
  // The declaration is ASCII in every encoding we read; decode a prefix just to find it.
  const head = new TextDecoder(guess).decode(bytes.subarray(0, 1024));
  const decl = declaredEncoding(head);
  let encoding: string;
  if (bom || unmarked) {
    const says = decl ? canonical(decl.label) : undefined;
    const ok = says === undefined ? !unmarked : says === guess || (says === 'utf-16' && UTF16.has(guess));
    if (!ok) {
      const found = `${unmarked ? 'the bytes are' : 'the byte order mark says'} ${describe(guess)}`;
      const told = decl ? `the XML declaration says ${decl.label}` : 'there is no XML declaration to confirm it, and no byte order mark';
      return problem(`the encoding is not what it says: ${found}, but ${told}`, decl?.place ?? { line: 1, column: 1 },
        unmarked && !decl ? 'save the document as UTF-8, or as UTF-16 with a byte order mark' : `make the declaration say encoding="${describe(guess)}", or save the document as UTF-8`);
    }
    encoding = guess;
  } else if (decl) {
    const named = canonical(decl.label);
    if (!named) return problem(`the XML declaration names an encoding this toolkit cannot read: ${decl.label}`, decl.place, 'save the document as UTF-8 and say encoding="UTF-8"');
    if (named === 'utf-16' || UTF16.has(named)) return problem(`the encoding is not what it says: the XML declaration says ${decl.label}, but the file has no UTF-16 byte order mark and its bytes are not UTF-16`, decl.place, 'make the declaration say encoding="UTF-8" if the file is UTF-8');
    encoding = named;
  } else encoding = 'utf-8';

  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const bad = firstInvalid(bytes, encoding);
    return problem(`the bytes are not valid ${describe(encoding)}${decl ? ', the encoding the XML declaration names' : ''}: byte 0x${bytes[bad]!.toString(16).padStart(2, '0').toUpperCase()} at offset ${bad}`,
      placeAt(new TextDecoder(encoding).decode(bytes.subarray(0, bad))), decl ? `save the document in ${decl.label}, or correct the declaration to the encoding it is in` : 'save the document as UTF-8, or name its encoding in the XML declaration: <?xml version="1.0" encoding="windows-1252"?>');
  }
  if (encoding !== 'utf-8' && !UTF16.has(encoding)) {
    const utf8 = looksLikeUtf8(bytes);
    if (utf8 !== undefined) {
      return problem(`the encoding is not what it says: the XML declaration says ${decl!.label}, but the bytes are UTF-8 (a multi-byte UTF-8 character at offset ${utf8})`,
        placeAt(new TextDecoder(encoding).decode(bytes.subarray(0, utf8))), 'make the declaration say encoding="UTF-8"');
    }
  }
  if (encoding === 'windows-1252' && brokenWindows1252) text = text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252[c.charCodeAt(0) - 0x80]!);
  const nul = text.indexOf('\0');
  if (nul >= 0) {
    return problem(`a NUL character (U+0000), which XML forbids: is the file in another encoding than ${describe(encoding)}?`, placeAt(text, nul),
      'UTF-16 files need a byte order mark; otherwise remove the NUL characters');
  }
  if (decl && encoding !== 'utf-8') text = rewriteDeclaration(text);
  return { text, encoding };
}

export function isProblem(d: Decoded | DecodeProblem): d is DecodeProblem {
  return 'reason' in d;
}

function problem(reason: string, place: Place, hint: string): DecodeProblem {
  return { reason, place, ruleId: 'encoding', hint };
}

function sniffBom(b: Uint8Array): string | undefined {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if ((b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) || (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff)) return 'utf-32';
  if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** `<?` or `<T` as UTF-16 without a mark: XML requires one, but the bytes tell what they are. */
function sniffUnmarkedUtf16(b: Uint8Array): string | undefined {
  if (b.length < 4) return undefined;
  if (b[0] === 0x3c && b[1] === 0 && b[2] !== 0 && b[3] === 0) return 'utf-16le';
  if (b[0] === 0 && b[1] === 0x3c && b[2] === 0 && b[3] !== 0) return 'utf-16be';
  return undefined;
}

function declaredEncoding(head: string): { label: string; place: Place } | undefined {
  const text = head.replace(/^\uFEFF/, '');
  const m = /^<\?xml\s[^?>]*?encoding\s*=\s*(["'])([^"']*)\1/.exec(text);
  if (!m) return undefined;
  return { label: m[2]!, place: placeAt(text, m[0].length - 1 - m[2]!.length) };
}

/** The WHATWG name of a label, or undefined if TextDecoder does not know it. */
function canonical(label: string): string | undefined {
  // "UTF-16" names both byte orders: the mark tells which.
  if (/^\s*utf-?16\s*$/i.test(label)) return 'utf-16';
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return undefined;
  }
}

function describe(encoding: string): string {
  return { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16 (little-endian)', 'utf-16be': 'UTF-16 (big-endian)' }[encoding] ?? encoding;
}

/** Offset of the first byte that is not valid in the encoding (streaming decodes, binary search). */
function firstInvalid(bytes: Uint8Array, encoding: string): number {
  const valid = (n: number): boolean => {
    try {
      new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(0, n), { stream: n < bytes.length });
      return true;
    } catch {
      return false;
    }
  };
  let lo = 0; // valid
  let hi = bytes.length; // invalid
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (valid(mid)) lo = mid;
    else hi = mid;
  }
  // The first `lo` bytes decode, one more does not. In UTF-8, name the lead byte of a sequence
  // left unfinished at `lo` (é in Latin-1, E9, followed by ASCII), not the byte after it.
  if (encoding !== 'utf-8') return lo;
  let k = lo - 1;
  while (k >= 0 && lo - k <= 3 && (bytes[k]! & 0xc0) === 0x80) k--;
  const lead = k >= 0 ? bytes[k]! : 0;
  const length = lead >= 0xf0 ? 4 : lead >= 0xe0 ? 3 : 2;
  return lead >= 0xc0 && lo - k < length ? k : lo;
}

/** Offset of the first multi-byte UTF-8 character, if the whole file is valid UTF-8 and has one. */
function looksLikeUtf8(bytes: Uint8Array): number | undefined {
  const first = bytes.findIndex((b) => b >= 0x80);
  if (first < 0) return undefined;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return first;
  } catch {
    return undefined;
  }
}

/** Line and column (code points) of `index` in `text` (default: its end). */
function placeAt(text: string, index = text.length): Place {
  const before = text.slice(0, index).replace(/^\uFEFF/, '');
  const lines = before.split('\n');
  return { line: lines.length, column: Array.from(lines[lines.length - 1]!).length + 1 };
}

/** encoding="ISO-8859-1" → encoding="UTF-8", padded before `?>` so that nothing after it moves. */
function rewriteDeclaration(text: string): string {
  return text.replace(/^(<\?xml\s[^?>]*?encoding\s*=\s*)(["'])([^"']*)\2([^?>]*)\?>/, (all, pre: string, q: string, _label, post: string) => {
    const head = `${pre}${q}UTF-8${q}${post}`;
    return `${head}${' '.repeat(Math.max(0, Array.from(all).length - head.length - 2))}?>`;
  });
}
