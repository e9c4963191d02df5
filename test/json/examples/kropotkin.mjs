// Every utterance of Kropotkin, with its paragraph number (the README's example, run by the tests).
import { readFileSync } from 'node:fs';

const ed = JSON.parse(readFileSync(process.argv[2] ?? 'dist/lenin-kropotkin/edition.json', 'utf8'));
const blocks = new Map(ed.blocks.map((b) => [b.id, b]));
const byId = new Map(ed.annotations.map((a) => [a.id, a]));
// offsets count code points: slice an array of characters, not the string
const text = (a) => [...blocks.get(a.block).reading].slice(a.reading.start, a.reading.end).join('');

for (const a of ed.annotations) {
  if (a.type !== 'speech' || !a.speakers.includes('kropotkin') || a.prev) continue;
  const parts = [a];
  while (parts.at(-1).next) parts.push(byId.get(parts.at(-1).next));
  console.log(`¶ ${blocks.get(a.block).n}: ${parts.map(text).join(' … ')}`);
}
