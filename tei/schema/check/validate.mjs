// Validate many documents against one RELAX NG schema in a single xmllint-wasm (libxml2) call.
// usage: node validate.mjs SCHEMA.rng FILE.xml...   Prints one line per file; exit 1 if any fails.
import { validateXML } from 'xmllint-wasm';
import { readFileSync } from 'node:fs';

const [schema, ...files] = process.argv.slice(2);
if (!schema || files.length === 0) {
  console.error('usage: node validate.mjs SCHEMA.rng FILE.xml...');
  process.exit(2);
}
const xml = files.map((f, i) => ({ fileName: `doc${i}.xml`, contents: readFileSync(f, 'utf8') }));
const result = await validateXML({
  xml,
  schema: [{ fileName: 'schema.rng', contents: readFileSync(schema, 'utf8') }],
  extension: 'relaxng',
  maxMemoryPages: 4096,
});
let failed = 0;
files.forEach((f, i) => {
  const ok = result.rawOutput.includes(`doc${i}.xml validates`);
  const errors = result.errors.filter((e) => e.loc?.fileName === `doc${i}.xml`).map((e) => e.rawMessage);
  if (!ok) failed++;
  console.log(`${ok ? 'valid  ' : 'INVALID'} ${f}${errors.length ? '\n    ' + errors.slice(0, 3).join('\n    ') : ''}`);
});
console.log(`${files.length - failed} valid, ${failed} invalid`);
process.exit(failed ? 1 : 0);
