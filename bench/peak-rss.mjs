// Preloaded into a benchmarked process (node --import): reports its peak memory when it exits.
import { writeSync } from 'node:fs';

process.on('exit', () => {
  writeSync(2, `\nBENCH ${JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS })}\n`);
});
