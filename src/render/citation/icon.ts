/**
 * The edition's icon, drawn for it: an open book. Every page links the SVG; dist/favicon.ico is
 * there for what asks the server root without reading the page (crawlers, some browsers), so that
 * no page load ends in a 404.
 */
export const ICON_PATH = 'assets/icon.svg';
export const FAVICON_PATH = 'favicon.ico';

const INK = [0x1f, 0x2a, 0x44] as const;
const PAPER = [0xf6, 0xf1, 0xe7] as const;

export function icon(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" role="img" aria-label="tei-edition">
<rect width="32" height="32" rx="6" fill="#1f2a44"/>
<path d="M6 9c4-1.5 7-1 10 1.2C19 8 22 7.5 26 9v14c-4-1.5-7-1-10 1.2C13 22 10 21.5 6 23z" fill="#f6f1e7"/>
<path d="M16 10.2v14" stroke="#1f2a44" stroke-width="1.2"/>
</svg>
`;
}

/** Is pixel (x, y) of the 16×16 icon paper (the book's pages) rather than ink? */
function paper(x: number, y: number): boolean {
  return y >= 4 && y <= 11 && x >= 3 && x <= 12 && x !== 7 && x !== 8;
}

/** A 16×16, 32-bit ICO (one BMP image, no compression), the same on every build. */
export function favicon(): Uint8Array {
  const size = 16;
  const pixels = size * size * 4;
  const mask = size * 4; // 1 bit a pixel, rows padded to 32 bits: all opaque
  const image = 40 + pixels + mask;
  const out = Buffer.alloc(6 + 16 + image);
  out.writeUInt16LE(0, 0);
  out.writeUInt16LE(1, 2); // an icon
  out.writeUInt16LE(1, 4); // one image
  out.writeUInt8(size, 6);
  out.writeUInt8(size, 7);
  out.writeUInt16LE(1, 10); // colour planes
  out.writeUInt16LE(32, 12); // bits a pixel
  out.writeUInt32LE(image, 14);
  out.writeUInt32LE(22, 18); // where the image starts
  const bmp = 22;
  out.writeUInt32LE(40, bmp);
  out.writeInt32LE(size, bmp + 4);
  out.writeInt32LE(size * 2, bmp + 8); // the height of an ICO's BMP counts the mask too
  out.writeUInt16LE(1, bmp + 12);
  out.writeUInt16LE(32, bmp + 14);
  out.writeUInt32LE(pixels + mask, bmp + 20);
  for (let row = 0; row < size; row++) {
    const y = size - 1 - row; // BMP rows run bottom-up
    for (let x = 0; x < size; x++) {
      const [r, g, b] = paper(x, y) ? PAPER : INK;
      const at = bmp + 40 + (row * size + x) * 4;
      out.writeUInt8(b, at);
      out.writeUInt8(g, at + 1);
      out.writeUInt8(r, at + 2);
      out.writeUInt8(0xff, at + 3);
    }
  }
  return new Uint8Array(out);
}
