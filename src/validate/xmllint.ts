/**
 * libxml2's xmllint as a service of the process: RelaxNG validations run in worker threads
 * (a piscina pool, xmllint-worker.ts) that stay while the process lives, each with xmllint's
 * WebAssembly compiled once. xmllint-wasm's `validateXML` starts a thread and compiles the
 * module for every call: the memoir against its pruned schema took 0.16–0.39 s a call that way,
 * ~0.04 s a call once a thread of the service has run one (libxml2 itself: the schema's
 * compilation and the validation). A `serve` or `watch` session validates on every save.
 *
 * Idle threads do not keep the process alive (piscina unrefs them); the second ends after IDLE_MS
 * idle, the first stays (minThreads), so that a long `serve` never compiles xmllint again.
 */
import path from 'node:path';
import type { Piscina as PiscinaType } from 'piscina';
import type { XMLValidationResult } from 'xmllint-wasm';
import { packageRoot } from '../paths.js';
import type { LintOutcome, LintTask } from './xmllint-worker.js';

/** Two threads: schema groups are validated side by side, as before, on a 2-core machine. */
const THREADS = 2;
/** An editor's pause between two saves. */
const IDLE_MS = 10 * 60 * 1000;

let pool: Promise<PiscinaType> | undefined;

/**
 * Started when first asked (piscina is loaded then: ~30 ms that a process without a schema check
 * does not pay), with one thread at once, which compiles xmllint while the schema is pruned.
 */
export function service(): Promise<PiscinaType> {
  pool ??= import('piscina').then(({ Piscina }) => new Piscina({
    // compiled: worker threads run JavaScript, also when the toolkit runs from its sources (tests)
    filename: path.join(packageRoot, 'lib', 'validate', 'xmllint-worker.js'),
    minThreads: 1,
    maxThreads: THREADS,
    idleTimeout: IDLE_MS,
    // a waiting thread runs its event loop (not Atomics.wait), so that it collects after a call
    atomics: 'disabled',
  }));
  return pool;
}

export interface RelaxngInput {
  xml: { fileName: string; contents: string }[];
  schema: { fileName: string; contents: string };
  initialMemoryPages: number;
  maxMemoryPages: number;
}

/**
 * Validates the documents against the RelaxNG schema, as xmllint-wasm's `validateXML` does with
 * `extension: 'relaxng'`: the same command line, verdicts and messages. Rejects when xmllint
 * gives no verdict (a file it cannot read, a schema it cannot use), with its output.
 */
export async function lintRelaxng(input: RelaxngInput): Promise<XMLValidationResult> {
  const outcome = await runXmllint({
    inputFiles: [...input.xml, input.schema],
    args: ['--relaxng', input.schema.fileName, '--noout', ...input.xml.map((x) => x.fileName)],
    initialMemory: input.initialMemoryPages,
    maxMemory: input.maxMemoryPages,
  });
  // xmllint's exit codes: 0 valid, 3 or 4 a validation error; anything else is no verdict
  if (outcome.exitCode !== 0 && outcome.exitCode !== 3 && outcome.exitCode !== 4) {
    throw Object.assign(new Error(outcome.stderr), { code: outcome.exitCode });
  }
  const valid = outcome.exitCode === 0;
  return { valid, normalized: outcome.stdout, errors: valid ? [] : errorsOf(outcome.stderr), rawOutput: outcome.stderr };
}

/** One run of xmllint in a thread of the service. */
export async function runXmllint(task: LintTask): Promise<LintOutcome> {
  return (await (await service()).run(task)) as LintOutcome;
}

/** xmllint's report, a message per line (`file:line: …`), without its verdict lines. */
function errorsOf(output: string): XMLValidationResult['errors'] {
  return output
    .split('\n')
    .slice(0, -2)
    .map((line) => {
      const [fileName, lineNumber, ...rest] = line.split(':');
      return fileName && lineNumber && rest.length
        ? { rawMessage: line, message: rest.join(':').trim(), loc: { fileName, lineNumber: parseInt(lineNumber, 10) } }
        : { rawMessage: line, message: line, loc: null };
    })
    // "doc0.xml validates": a verdict, not a message
    .filter((error) => error.loc || !error.rawMessage.trim().endsWith(' validates'));
}

/** Ends the service's threads (tests; a process that ends does not need to). */
export async function closeXmllint(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await (await closing)?.destroy();
}
