/** A diagnostic: a problem found in a document, recorded as data by a stage. */
export type Severity = 'error' | 'warning';

export interface Place {
  /** 1-based line. */
  line: number;
  /** 1-based column, counted in Unicode code points. */
  column: number;
}

export interface Message {
  /** What is wrong, in one sentence. */
  reason: string;
  /** The document's path as the user gave it. */
  file: string;
  line: number;
  column: number;
  severity: Severity;
  /** Which part found it: `xml`, `relaxng`, `tei-edition`, `render`, `io`. */
  source: string;
  /** Stable id of the rule, e.g. `pointer-resolves`. */
  ruleId: string;
  /** What the user can do about it. */
  hint?: string;
}

let collator: Intl.Collator | undefined;

/**
 * Orders messages by file, line, column, then rule id, so output is stable. One collator, made
 * when first needed, orders as `localeCompare` does, without making one per comparison (a
 * corpus's thousands of warnings took 70 ms to sort so).
 */
export function compareMessages(a: Message, b: Message): number {
  collator ??= new Intl.Collator();
  return (
    collator.compare(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    collator.compare(a.ruleId, b.ruleId) ||
    collator.compare(a.reason, b.reason)
  );
}
