/**
 * A worker thread of the build's pool (piscina): runs one document's task (src/build/tasks.ts).
 * The renderers are the build's own list; saxon-js and the SEF load once per worker.
 */
import { renderers } from '../build.js';
import { check, scan, type CheckTask, type ScanTask } from './tasks.js';

export type Task = ({ kind: 'scan' } & ScanTask) | ({ kind: 'check' } & CheckTask);

export default async function run(task: Task): Promise<unknown> {
  return task.kind === 'scan' ? scan(task) : check(task, renderers);
}
