/** A rule the schema cannot express: one file per rule in rules/, each with a stable id. */
import type { TeiFile } from '../file.js';
import type { Place, Severity } from '../message.js';
import type { XElement } from '../xml.js';
import { followsConventions, type ConventionOptions } from './conventions.js';
import { EditionIndex } from './edition-index.js';

export interface Report {
  /** `severity` overrides the rule's own, for a rule whose findings differ in weight. */
  (reason: string, place: Place, hint?: string, severity?: Severity): void;
}

/**
 * What a rule holds a document to: `tei`, what TEI P5 itself requires (the schema cannot say
 * it); `convention`, the edition's own practice, which valid TEI from elsewhere need not follow;
 * `safety`, what keeps the published edition from running code in its readers' browsers.
 */
export type RuleKind = 'tei' | 'convention' | 'safety';

export interface Rule {
  /** Stable id, printed with every message (`tei-edition:<id>`). */
  id: string;
  /** One line: what the rule requires. */
  description: string;
  kind: RuleKind;
  severity: Severity;
  check(tree: XElement, report: Report, file: TeiFile, edition: EditionIndex): void;
}

export interface RuleOptions extends ConventionOptions {
  /** The files built together (pointers may lead from one into another); default: the file alone. */
  edition?: EditionIndex;
}

export function runRule(rule: Rule, file: TeiFile, options: RuleOptions = {}): void {
  if (!file.tree) return;
  const tree = file.tree;
  // a convention's errors are warnings for a document that is not the edition's own
  const lenient = rule.kind === 'convention' && !followsConventions(file, options);
  rule.check(
    tree,
    (reason, place, hint, severity) => {
      const weight = severity ?? rule.severity;
      file.message(reason, { place, ruleId: rule.id, severity: lenient ? 'warning' : weight, ...(hint ? { hint } : {}) });
    },
    file,
    options.edition ?? new EditionIndex([file]),
  );
}
