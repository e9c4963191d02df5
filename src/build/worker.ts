/**
 * A worker thread of the build's pool (piscina): runs one document's task (src/build/tasks.ts).
 * The renderers are the build's own list; saxon-js and the SEF load once per worker.
 */
import { renderers } from '../build.js';
import { closeSearch, indexBundle, type SearchTask } from '../render/corpus/search.js';
import { check, scan, type CheckTask, type ScanTask } from './tasks.js';

export type Task = ({ kind: 'scan' } & ScanTask) | ({ kind: 'check' } & CheckTask) | ({ kind: 'search' } & SearchTask);

export default async function run(task: Task): Promise<unknown> {
  if (task.kind === 'search') return searched(task);
  return task.kind === 'scan' ? scan(task) : check(task, renderers);
}

/**
 * One search bundle, indexed by this worker's own Pagefind service, which is stopped after it:
 * the pool's end does not stop a child process of its workers.
 */
async function searched(task: SearchTask): Promise<unknown> {
  try {
    return await indexBundle(task);
  } finally {
    await closeSearch();
  }
}
