/**
 * The command line's quickest build (src/build/unchanged.ts): with nothing changed it reads the
 * documents' bytes and the last build's stamp, decodes and parses nothing, writes nothing and
 * says the last build's warnings again; anything that could change an output sends it to a
 * real build. The corpus is our own: test/fixtures/corpus/.
 */
import { cpSync, readFileSync, readdirSync, readlinkSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, type BuildOptions } from '../../src/build.js';
import { upToDate } from '../../src/build/unchanged.js';
import { manifestPath, toolkitFiles } from '../../src/manifest/manifest.js';
import { fixtures, root, tempDir } from '../helpers.js';

const schema = path.join(fixtures, 'html', 'any-element.rng');

async function built(): Promise<{ input: string; options: BuildOptions; warnings: string[] }> {
  const input = path.join(tempDir('tei-edition-unchanged-'), 'tei');
  cpSync(path.join(fixtures, 'corpus'), input, { recursive: true });
  const options: BuildOptions = { inputs: [input], schema, out: path.join(path.dirname(input), 'dist') };
  const r = await build(options);
  expect(r.written).toBe(true);
  return { input, options, warnings: r.files.flatMap((f) => f.messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`)).sort() };
}

/** Names, sizes and mtimes of everything beside and below the output. */
function listing(dir: string): string {
  return (readdirSync(dir, { recursive: true }) as string[])
    .sort()
    .map((name) => {
      const s = statSync(path.join(dir, name));
      return `${name} ${s.size} ${s.mtimeMs}`;
    })
    .join('\n');
}

describe('a build with nothing to do', { timeout: 300_000 }, () => {
  it('is known from the bytes and the stamp: nothing decoded, nothing written, the warnings said again', async () => {
    const { input, options, warnings } = await built();
    const before = listing(path.dirname(options.out!));
    const quick = await upToDate(options);
    expect(quick?.changed).toBe(false);
    expect(quick!.files.every((f) => f.text === '' && f.tree === null)).toBe(true);
    expect(quick!.files.flatMap((f) => f.messages.map((m) => `${m.file}:${m.line}:${m.column} ${m.ruleId}`)).sort()).toEqual(warnings);
    expect(listing(path.dirname(options.out!))).toBe(before);
    // one byte of one document: a real build
    const letter = path.join(input, 'letter-b.xml');
    writeFileSync(letter, `${readFileSync(letter, 'utf8')}\n`);
    expect(await upToDate(options)).toBeNull();
  });

  it('goes to a real build when a published file was changed by hand, or the stamp is gone', async () => {
    const { options } = await built();
    const dist = path.resolve(options.out!);
    const page = path.join(path.dirname(dist), readlinkSync(dist), 'letter-a', 'index.html');
    writeFileSync(page, `${readFileSync(page, 'utf8')}<!-- by hand -->`);
    expect(await upToDate(options)).toBeNull();

    const other = await built();
    expect(await upToDate(other.options)).not.toBeNull();
    rmSync(manifestPath(other.options.out!).replace(/\.json$/, '.stamp'));
    expect(await upToDate(other.options)).toBeNull();
  });

  it('the build key covers the message tables, stylesheets and page assets, not only the code', () => {
    const files = toolkitFiles().map((f) => path.relative(root, f));
    for (const f of ['lib/cli.js', 'xslt/edition.xsl', 'xslt/modules/notes.xsl', 'xslt/messages/nl.json', 'xslt/assets/edition.css', 'xslt/assets/edition.js']) {
      expect(files).toContain(f);
    }
  });
});
