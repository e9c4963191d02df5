/**
 * A worker thread of the xmllint service (xmllint.ts): runs libxml2's xmllint, built to
 * WebAssembly by xmllint-wasm, once per task, from a WebAssembly module compiled once per thread.
 * xmllint-wasm's own `validateXML` starts a new thread and compiles the 0.78 MB module for every
 * call, and the machine code V8 optimises for it is lost with the thread each time.
 *
 * Each task gets a fresh instance and memory (xmllint's `main` runs once per instance), made
 * with xmllint-wasm's own Emscripten factory, which takes the compiled module through its
 * `instantiateWasm` hook.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export interface LintTask {
  /** Files put in xmllint's in-memory file system: the documents and the schema. */
  inputFiles: { fileName: string; contents: string }[];
  /** xmllint's command line. */
  args: string[];
  /** WebAssembly pages of 64 KiB. */
  initialMemory: number;
  maxMemory: number;
}

export interface LintOutcome {
  exitCode: number;
  stdout: string;
  stderr: string;
  /** The worker thread that ran it, and how many tasks that thread has run (this one included). */
  thread: number;
  runs: number;
}

interface EmscriptenOptions {
  inputFiles: LintTask['inputFiles'];
  arguments: string[];
  wasmMemory: WebAssembly.Memory;
  print(text: string): void;
  printErr(text: string): void;
  instantiateWasm(imports: WebAssembly.Imports, receive: (instance: WebAssembly.Instance, module: WebAssembly.Module) => void): object;
  onExit(code: number): void;
  onAbort(reason: unknown): void;
}
type Factory = (options: EmscriptenOptions) => Promise<unknown>;

const require = createRequire(import.meta.url);
const folder = path.dirname(require.resolve('xmllint-wasm'));
// The Emscripten factory of xmllint-wasm's own worker script (which, loaded here, also listens
// for that package's messages: none are sent to it).
const factory = require(path.join(folder, 'xmllint-node.js')) as Factory;
/**
 * A call leaves its libxml2 instance's memory (64–256 MiB) and the documents' texts behind, and a
 * thread that waits for its next task allocates nothing, so it never collects them: after a
 * batch of 200 copies of the memoir against tei_all the process stayed at 170 MiB resident (a
 * thread per call, ended after it: 106 MiB). So a collection follows each call, once the thread
 * is waiting again (the pool's threads wait on their event loop, not in Atomics.wait): 90 MiB.
 */
setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

// Compiled as the thread starts, while the main thread is still preparing the first task.
const module = new WebAssembly.Module(readFileSync(path.join(folder, 'xmllint.wasm')));
let runs = 0;

export default function lint(task: LintTask): Promise<LintOutcome> {
  if (typeof factory !== 'function') throw new Error('xmllint-wasm no longer exports its Emscripten factory from xmllint-node.js');
  let stdout = '';
  let stderr = '';
  const ran = { thread: threadId, runs: ++runs };
  return new Promise<LintOutcome>((resolve, reject) => {
    factory({
      inputFiles: task.inputFiles,
      arguments: task.args,
      wasmMemory: new WebAssembly.Memory({ initial: task.initialMemory, maximum: task.maxMemory }),
      print: (text) => (stdout += `${text}\n`),
      printErr: (text) => (stderr += `${text}\n`),
      instantiateWasm(imports, receive) {
        receive(new WebAssembly.Instance(module, imports), module);
        return {};
      },
      onExit: (exitCode) => resolve({ exitCode, stdout, stderr, ...ran }),
      onAbort: (reason) => resolve({ exitCode: -1, stdout: '', stderr: `WASM Abort: ${String(reason)}`, ...ran }),
    }).catch(reject);
  }).finally(() => setTimeout(collect, 0));
}
