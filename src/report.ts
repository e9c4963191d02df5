/** Formats messages for people (one line each) or machines (a JSON array). */
import { compareMessages, type Message } from './message.js';

export interface FormatOptions {
  color: boolean;
}

const paint = (code: number, on: boolean) => (s: string) => (on ? `\u001b[${code}m${s}\u001b[39m` : s);

/** `path:line:col  error|warning  reason  source:rule-id`, then the hint indented. */
export function formatText(messages: readonly Message[], { color }: FormatOptions): string {
  const red = paint(31, color);
  const yellow = paint(33, color);
  const dim = paint(90, color);
  return [...messages]
    .sort(compareMessages)
    .map((m) => {
      const severity = m.severity === 'error' ? red('error') : yellow('warning');
      const line = `${m.file}:${m.line}:${m.column}  ${severity}  ${m.reason}  ${dim(`${m.source}:${m.ruleId}`)}`;
      return m.hint ? `${line}\n    ${dim(`hint: ${m.hint}`)}` : line;
    })
    .join('\n');
}

export function formatJson(messages: readonly Message[]): string {
  return JSON.stringify([...messages].sort(compareMessages), null, 2);
}

export function summary(messages: readonly Message[], documents: number): string {
  const errors = messages.filter((m) => m.severity === 'error').length;
  const warnings = messages.length - errors;
  const docs = `${documents} document${documents === 1 ? '' : 's'}`;
  return `${docs}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
}

/** Which schema judged a document, for the report (see validate/schema-choice.ts). */
export interface SchemaNote {
  file: string;
  /** The .rng file. */
  schema: string;
  /** In words: the file and why it was chosen. */
  description: string;
  how: 'option' | 'declared' | 'project';
  href?: string;
  catalog?: string;
  /** Pruned to the build's element names (prune.ts) or compiled whole. */
  pruned: boolean;
}

/** One line per schema: `judged by <schema> (why): <documents>`. */
export function formatSchemaNotes(notes: readonly SchemaNote[]): string {
  const groups = new Map<string, string[]>();
  for (const n of notes) groups.set(n.description, [...(groups.get(n.description) ?? []), n.file]);
  return [...groups].map(([description, files]) => `judged by ${description}: ${files.sort().join(', ')}`).join('\n');
}

/**
 * The JSON report: the messages as before, then one entry per judged document with severity
 * `info` and rule id `schema`, so that a reader of the array learns which schema judged it.
 */
export function formatJsonWithSchemas(messages: readonly Message[], notes: readonly SchemaNote[]): string {
  const infos = [...notes]
    .sort((a, b) => a.file.localeCompare(b.file))
    .map(({ file, ...n }) => ({ reason: `judged by ${n.description}`, file, line: 1, column: 1, severity: 'info', source: 'relaxng', ruleId: 'schema', ...n }));
  return JSON.stringify([...[...messages].sort(compareMessages), ...infos], null, 2);
}
