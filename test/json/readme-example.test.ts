/** The README's example runs: every utterance of Kropotkin, with its paragraph number. */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderJson } from '../../src/render/json/index.js';
import { root, tempDir } from '../helpers.js';
import { hasMemoir, memoirPath, rendered } from './inputs.js';

const example = path.join(root, 'test', 'json', 'examples', 'kropotkin.mjs');

describe('README example', () => {
  it.skipIf(!hasMemoir)('prints every utterance of Kropotkin in the memoir, split utterances joined, with paragraph numbers', () => {
    const rel = path.relative(path.join(root, 'test', 'fixtures'), memoirPath);
    const { file, edition } = rendered(rel);
    const dir = tempDir('tei-edition-json-');
    const json = renderJson(file).find((o) => o.path.endsWith('edition.json'))!;
    writeFileSync(path.join(dir, 'edition.json'), json.content);
    const out = execFileSync(process.execPath, [example, path.join(dir, 'edition.json')], { encoding: 'utf8' });
    const lines = out.trimEnd().split('\n');
    const starts = edition.annotations.filter((a) => a.type === 'speech' && (a['speakers'] as string[]).includes('kropotkin') && !a['prev']);
    expect(lines).toHaveLength(starts.length);
    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(line).toMatch(/^¶ \d+: ‘/);
    expect(lines[0]).toMatch(/^¶ 2: ‘Voor Rusland is dat wel zo\. .*’$/);
    expect(out).toMatch(/¶ 15: ‘Dat wil ik niet bestrijden,’ … ‘en daar waar/);
  });
});
