/**
 * Builds one of a block's two strings while counting Unicode code points, the unit of every
 * offset in the JSON edition (as in W3C Web Annotation's TextPositionSelector).
 *
 * The normalisation, which edition.schema.json states for developers:
 * - a run of XML whitespace (space, tab, CR, LF) between two words becomes one space;
 * - a line break (an <lb/> in the diplomatic string) replaces the whitespace around it: between
 *   two words there stand either line breaks ("\n", one per <lb/>) or one space, never both;
 * - a glue point (<lb break="no"/> in the reading string) swallows the whitespace around it;
 * - nothing stands before the first word or after the last.
 * An element's range starts at its first word and ends after its last, so slicing a block's
 * string at the range gives the element's own text normalised the same way.
 */

/** A position that becomes known when the next word is written (or the block ends). */
export interface Mark {
  at: number;
}

const TOKENS = /[ \t\r\n]+|[^ \t\r\n]+/g;

export class TextBuilder {
  private readonly parts: string[] = [];
  private cp = 0;
  private space = false;
  private breaks = 0;
  private glued = false;
  private waiting: Mark[] = [];

  text(s: string): void {
    TOKENS.lastIndex = 0;
    for (let m = TOKENS.exec(s); m; m = TOKENS.exec(s)) {
      const token = m[0];
      const c = token.charCodeAt(0);
      if (c === 32 || c === 9 || c === 10 || c === 13) this.whitespace();
      else this.word(token);
    }
  }

  /** Whitespace that separates words (also what an element boundary like </p><p> means). */
  whitespace(): void {
    if (this.cp > 0 && this.breaks === 0 && !this.glued) this.space = true;
  }

  /** A line break between words; none before the first word. */
  lineBreak(): void {
    if (this.cp === 0) return;
    this.breaks++;
    this.space = false;
  }

  /** Joins the words on either side: whitespace before and after is dropped. */
  glue(): void {
    this.space = false;
    this.glued = true;
  }

  /**
   * Drops a hyphen that ends the last word (a word broken across lines, lb break="no": the
   * reading text joins it without the source's hyphen). Only right after that word's own text,
   * where no annotation can have ended after the hyphen.
   */
  dropHyphen(): void {
    const last = this.parts[this.parts.length - 1];
    if (last === undefined || !/[-\u00AD\u00AC\u2E17\u2010=]$/u.test(last) || last.length < 2) return;
    this.parts[this.parts.length - 1] = last.slice(0, -1);
    this.cp--;
  }

  /** The offset before the next word: where an element or a line starts. */
  next(): Mark {
    const mark = { at: -1 };
    this.waiting.push(mark);
    return mark;
  }

  /** The offset after the last word written: where an element ends, where a note is anchored. */
  here(): number {
    return this.cp;
  }

  /** Settles a start mark at an element's end, when no word came between. */
  settle(mark: Mark): number {
    if (mark.at < 0) mark.at = this.cp;
    return mark.at;
  }

  /** The string; marks still waiting point at its end. */
  finish(): string {
    for (const mark of this.waiting) if (mark.at < 0) mark.at = this.cp;
    this.waiting = [];
    return this.parts.join('');
  }

  private word(token: string): void {
    if (this.breaks > 0) this.emit('\n'.repeat(this.breaks), this.breaks);
    else if (this.space) this.emit(' ', 1);
    this.breaks = 0;
    this.space = false;
    this.glued = false;
    if (this.waiting.length > 0) {
      for (const mark of this.waiting) if (mark.at < 0) mark.at = this.cp;
      this.waiting = [];
    }
    this.emit(token, codePoints(token));
  }

  private emit(s: string, length: number): void {
    this.parts.push(s);
    this.cp += length;
  }
}

/** The length of a string in Unicode code points (a surrogate pair counts once). */
export function codePoints(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}
