/** The watcher in-process: one build per burst of saves, none for the build's own output. */
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { watchEdition, watchedPaths, type BuildEvent } from '../../src/serve/watch.js';
import type { QuickLook } from '../../src/serve/quick-look.js';
import { injectClient } from '../../src/serve/live.js';
import { xsltDir } from '../../src/paths.js';
import { fixtures, renderCacheOff, tempDir } from '../helpers.js';

renderCacheOff();
const anySchema = path.join(fixtures, 'html', 'any-element.rng');

describe('watchEdition', () => {
  it('builds once, then once per burst of saves, and reports a broken file without writing', async () => {
    const dir = tempDir('tei-edition-watch-');
    cpSync(path.join(fixtures, 'corpus-site'), path.join(dir, 'tei'), { recursive: true });
    const events: BuildEvent[] = [];
    const options = { inputs: [path.join(dir, 'tei')], out: path.join(dir, 'dist'), schema: anySchema, debounce: 150 };
    expect(watchedPaths(options)).toEqual([path.join(dir, 'tei'), xsltDir, anySchema]);
    const watcher = watchEdition(options, (e) => events.push(e));
    await watcher.ready;
    expect(events).toHaveLength(1);
    expect(events[0]!.result?.written).toBe(true);
    const file = path.join(dir, 'tei', 'letter-01.xml');
    const good = readFileSync(file, 'utf8');
    // three saves within the debounce: one build
    for (const word of ['een', 'twee', 'drie']) writeFileSync(file, good.replace('Beste', `Beste ${word}`));
    await expect.poll(() => events.length, { timeout: 60_000 }).toBe(2);
    expect(events[1]!.changed).toEqual([file]);
    expect(readFileSync(path.join(dir, 'dist', 'letter-01', 'index.html'), 'utf8')).toContain('Beste drie');
    writeFileSync(file, good.replace('<p>Beste', '<p>Beste <hi>'));
    await expect.poll(() => events.length, { timeout: 60_000 }).toBe(3);
    expect(events[2]!.result?.written).toBe(false);
    expect(events[2]!.result?.files.flatMap((f) => f.messages).some((m) => m.severity === 'error' && m.file.endsWith('letter-01.xml'))).toBe(true);
    expect(readFileSync(path.join(dir, 'dist', 'letter-01', 'index.html'), 'utf8')).toContain('Beste drie');
    // the build wrote dist.v-… beside the inputs' parent: no build follows from it
    await new Promise((r) => setTimeout(r, 500));
    expect(events).toHaveLength(3);
    await watcher.close();
  });
});

describe('the quick look', () => {
  it('gives the saved document its reading page before the build, the page the build then publishes; none for a broken one', async () => {
    const dir = tempDir('tei-edition-look-');
    cpSync(path.join(fixtures, 'corpus-site'), path.join(dir, 'tei'), { recursive: true });
    const order: string[] = [];
    const looks: QuickLook[] = [];
    const events: BuildEvent[] = [];
    const options = {
      inputs: [path.join(dir, 'tei')],
      out: path.join(dir, 'dist'),
      schema: anySchema,
      debounce: 100,
      onQuickLook: (look: QuickLook) => {
        order.push(`look ${look.id}`);
        looks.push(look);
      },
    };
    const watcher = watchEdition(options, (e) => {
      order.push('build');
      events.push(e);
    });
    await watcher.ready;
    const file = path.join(dir, 'tei', 'letter-01.xml');
    const good = readFileSync(file, 'utf8');
    writeFileSync(file, good.replace('Beste', 'Beste vier'));
    await expect.poll(() => events.length, { timeout: 60_000 }).toBe(2);
    expect(order).toEqual(['build', 'look letter-01', 'build']);
    expect(looks[0]!.pages.map((p) => p.path)).toEqual(['letter-01/index.html']);
    const page = String(looks[0]!.pages[0]!.content);
    expect(page).toContain('Beste vier');
    expect(readFileSync(path.join(dir, 'dist', 'letter-01', 'index.html'), 'utf8')).toBe(page);

    // not well-formed: no look, the build reports it
    writeFileSync(file, good.replace('<p>Beste', '<p>Beste <hi>'));
    await expect.poll(() => events.length, { timeout: 60_000 }).toBe(3);
    expect(order.slice(3)).toEqual(['build']);
    // well-formed, but a date that does not exist: the rules refuse it before any page is shown
    writeFileSync(file, good.replace('<p>Beste', '<p><date when="1834-09-31">Beste</date>'));
    await expect.poll(() => events.length, { timeout: 60_000 }).toBe(4);
    expect(order.slice(4)).toEqual(['build']);
    expect(events[3]!.result?.written).toBe(false);
    expect(events[3]!.result?.files.flatMap((f) => f.messages).some((m) => m.severity === 'error' && m.ruleId === 'iso-dates')).toBe(true);
    await watcher.close();
  });
  it('shows none for a document its schema refuses, though the rules pass', async () => {
    const dir = tempDir('tei-edition-look-schema-');
    cpSync(path.join(fixtures, 'corpus-site'), path.join(dir, 'tei'), { recursive: true });
    // any XML but an element named <forbidden>, in any namespace
    const schema = path.join(dir, 'no-forbidden.rng');
    writeFileSync(schema, `<grammar xmlns="http://relaxng.org/ns/structure/1.0"><start><ref name="any"/></start><define name="any"><element><anyName><except><nsName ns="http://www.tei-c.org/ns/1.0"/></except></anyName><ref name="inside"/></element></define><define name="tei"><element><nsName ns="http://www.tei-c.org/ns/1.0"><except><name ns="http://www.tei-c.org/ns/1.0">forbidden</name></except></nsName><ref name="inside"/></element></define><define name="inside"><zeroOrMore><attribute><anyName/></attribute></zeroOrMore><zeroOrMore><choice><ref name="any"/><ref name="tei"/><text/></choice></zeroOrMore></define></grammar>`.replace('<start><ref name="any"/></start>', '<start><choice><ref name="any"/><ref name="tei"/></choice></start>'));
    const order: string[] = [];
    const events: BuildEvent[] = [];
    const watcher = watchEdition(
      { inputs: [path.join(dir, 'tei')], out: path.join(dir, 'dist'), schema, debounce: 100, onQuickLook: (look) => order.push(`look ${look.id}`) },
      (e) => {
        order.push('build');
        events.push(e);
      },
    );
    await watcher.ready;
    expect(events[0]!.result?.written).toBe(true);
    const file = path.join(dir, 'tei', 'letter-01.xml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('<p>Beste', '<p><forbidden>Beste</forbidden>'));
    await expect.poll(() => events.length, { timeout: 60_000 }).toBe(2);
    expect(order).toEqual(['build', 'build']);
    expect(events[1]!.result?.written).toBe(false);
    expect(events[1]!.result?.files.flatMap((f) => f.messages).some((m) => m.severity === 'error' && m.source === 'relaxng')).toBe(true);
    await watcher.close();
  });
});

describe('injectClient', () => {
  it('puts the script before the last </body>, with the build it comes from', () => {
    expect(injectClient('<html><body><p>x</p></body></html>', 3)).toBe('<html><body><p>x</p><script src="/__tei-edition/live.js" data-build="3" defer></script>\n</body></html>');
    expect(injectClient('<p>no body', 0)).toContain('<p>no body<script');
  });
});
