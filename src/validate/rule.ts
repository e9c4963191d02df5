/** A rule the schema cannot express: one file per rule in rules/, each with a stable id. */
import type { TeiFile } from '../file.js';
import type { Place, Severity } from '../message.js';
import type { XElement } from '../xml.js';

export interface Report {
  /** `severity` overrides the rule's own, for a rule whose findings differ in weight. */
  (reason: string, place: Place, hint?: string, severity?: Severity): void;
}

export interface Rule {
  /** Stable id, printed with every message (`tei-edition:<id>`). */
  id: string;
  /** One line: what the rule requires. */
  description: string;
  severity: Severity;
  check(tree: XElement, report: Report, file: TeiFile): void;
}

export function runRule(rule: Rule, file: TeiFile): void {
  if (!file.tree) return;
  const tree = file.tree;
  rule.check(
    tree,
    (reason, place, hint, severity) =>
      file.message(reason, { place, ruleId: rule.id, severity: severity ?? rule.severity, ...(hint ? { hint } : {}) }),
    file,
  );
}
