/**
 * JSON for people and for the wire: objects are laid out on lines down to the lists, and each
 * item of a list (a block, an annotation, a register entry) stands on one line of its own. That
 * halves the size of fully indented JSON and keeps the files easy to diff and to grep.
 */
export function stringify(value: unknown): string {
  return `${layout(value, '')}\n`;
}

function layout(value: unknown, indent: string): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return '[]';
    if (!value.some((v) => v !== null && typeof v === 'object')) return JSON.stringify(value);
    return `[\n${value.map((v) => inner + JSON.stringify(v)).join(',\n')}\n${indent}]`;
  }
  const entries = Object.entries(value).filter(([, v]) => v !== undefined);
  if (entries.length === 0) return '{}';
  return `{\n${entries.map(([k, v]) => `${inner}${JSON.stringify(k)}: ${layout(v, inner)}`).join(',\n')}\n${indent}}`;
}
