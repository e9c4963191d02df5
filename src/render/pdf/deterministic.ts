/**
 * Chromium (Skia's PDF writer) stamps each PDF with the wall clock: /CreationDate and /ModDate in
 * the document information dictionary, and the same instant in the XMP metadata of a tagged PDF.
 * Those stamps are replaced by the date of the sources (the latest revisionDesc/change/@when),
 * byte for byte of the same length, so that the cross-reference offsets stay right and two
 * builds of the same sources give the same file (as far as Chromium itself is deterministic:
 * the same Chromium and the same fonts).
 */

/** `D:20261201000000+00'00'` for 2026-12-01, shaped like the stamp it replaces. */
function pdfDate(iso: string, like: string): string {
  const digits = `${iso.replace(/-/g, '').padEnd(8, '0').slice(0, 8)}000000`;
  // keep the stamp's own length and zone suffix: Skia writes D:YYYYMMDDHHmmSS+00'00'
  const suffix = like.slice(2 + 14);
  return `D:${digits}${suffix}`.slice(0, like.length).padEnd(like.length, '0');
}

/** `2026-12-01T00:00:00+00:00`, shaped like the XMP stamp it replaces. */
function xmpDate(iso: string, like: string): string {
  const day = `${iso}-01-01`.slice(0, 10);
  return `${day}T00:00:00${like.slice(19)}`.slice(0, like.length);
}

export function stampDates(pdf: Uint8Array, isoDate: string): Uint8Array {
  // latin1 maps every byte to one character and back: offsets are kept
  let text = Buffer.from(pdf).toString('latin1');
  text = text.replace(/\/(CreationDate|ModDate) \((D:[0-9]{14}[^)]*)\)/g, (_, key: string, stamp: string) => `/${key} (${pdfDate(isoDate, stamp)})`);
  text = text.replace(/<(xmp:CreateDate|xmp:ModifyDate|xmp:MetadataDate)>([0-9]{4}-[0-9]{2}-[0-9]{2}T[^<]*)<\/\1>/g, (_, tag: string, stamp: string) => `<${tag}>${xmpDate(isoDate, stamp)}</${tag}>`);
  return Buffer.from(text, 'latin1');
}
