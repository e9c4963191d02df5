// Child process of test/write/publish.test.ts: publishes edition <label> into <out> with the
// compiled writer; TEI_EDITION_FAULT_STEP makes it SIGKILL itself at that step.
import { writeAtomically } from '../../lib/write.js';
import { outputsOf } from './editions.mjs';

const [out, label] = process.argv.slice(2);
await writeAtomically(out, outputsOf(label));
