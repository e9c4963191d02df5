/** Which share of a corpus a shard builds (`--shard i/n`): light, for the command line. */
import { createHash } from 'node:crypto';
import { UsageError } from '../errors.js';

/** The shard manifest at the root of a shard's output. */
export const SHARD_FILE = 'tei-edition-shard.json';

export interface ShardSpec {
  /** 1-based. */
  index: number;
  count: number;
}

/** `i/n`, 1 ≤ i ≤ n. */
export function parseShard(value: string): ShardSpec {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count) throw new UsageError(`--shard ${value}: expected i/n with 1 ≤ i ≤ n, e.g. 2/3`);
  return { index, count };
}

/** The share of a document: by a hash of its id, not its position, so that adding a file moves no other. */
export function shardOf(id: string, count: number): number {
  return (parseInt(createHash('sha256').update(id).digest('hex').slice(0, 8), 16) % count) + 1;
}

