/** The memoir's JSON edition: what a reader of tei/lenin-kropotkin.xml needs is all there. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { elements } from '../../src/xml.js';
import { fixtures } from '../helpers.js';
import { hasMemoir, memoirPath, rendered } from './inputs.js';

describe.skipIf(!hasMemoir)('the memoir as JSON', () => {
  const get = () => rendered(path.relative(fixtures, memoirPath));

  it('has its metadata: title, author, language, version, licence and a citation', () => {
    const m = get().edition.metadata;
    expect(m.title).toMatch(/Lenin/);
    expect(m.authors.length).toBeGreaterThan(0);
    expect(m.language).toBe('nl');
    expect(m.version).not.toBeNull();
    expect(m.licence?.uri).toMatch(/^https:\/\/creativecommons\.org\//);
    expect(m.citation).toContain(m.title);
  });

  it('names the sources of every editorial note and register entry, and every source id resolves', () => {
    const { edition } = get();
    const known = new Set([
      ...edition.sources.map((s) => s.id),
      ...edition.blocks.map((b) => b.id),
      ...Object.values(edition.registers).flat().map((e) => e.id),
    ]);
    const commentary = edition.blocks.filter((b) => b.type === 'note' && b.subtype === 'commentary');
    expect(commentary.length).toBeGreaterThan(20);
    for (const note of commentary) expect(note.sources?.length ?? 0, note.id).toBeGreaterThan(0);
    const entries = Object.values(edition.registers).flat();
    for (const entry of entries) expect(entry.sources.length, entry.id).toBeGreaterThan(0);
    const cited = [...commentary.flatMap((n) => n.sources ?? []), ...entries.flatMap((e) => e.sources)];
    expect(cited.filter((id) => !known.has(id))).toEqual([]);
    // the list of sources is not a register of works
    expect(edition.registers.works.some((w) => w.id.startsWith('src-'))).toBe(false);
    expect(edition.sources.length).toBeGreaterThan(40);
  });

  it('numbers the paragraphs as the TEI does, with the headnote before them and the footnotes after', () => {
    const { edition } = get();
    const paragraphs = edition.blocks.filter((b) => b.type === 'paragraph');
    expect(paragraphs.length).toBeGreaterThan(30);
    expect(paragraphs.map((p) => p.n)).toEqual(paragraphs.map((_, i) => String(i + 1)));
    expect(paragraphs.map((p) => p.id)).toEqual(paragraphs.map((p) => `p${p.n}`));
    expect(edition.blocks[0]!.type).toBe('headnote');
    expect(edition.blocks.every((b) => b.page !== null)).toBe(true);
    const footnotes = edition.blocks.filter((b) => b.type === 'note' && b.subtype === 'source');
    expect(footnotes.length).toBeGreaterThan(0);
    for (const fn of footnotes) {
      expect(fn.part).toBe('back');
      const anchors = edition.annotations.filter((a) => a.type === 'note' && a['note'] === fn.id);
      expect(anchors.length, fn.id).toBe(1);
      expect(edition.blocks.find((b) => b.id === anchors[0]!.block)!.part).not.toBe('back');
    }
  });

  it('annotates every utterance with its speakers, and every correction with both readings', () => {
    const { file, edition } = get();
    const tei = [...elements(file.tree!)];
    const speech = edition.annotations.filter((a) => a.type === 'speech');
    expect(speech.length).toBe(tei.filter((e) => e.local === 'said').length);
    expect(speech.every((a) => (a['speakers'] as string[]).length > 0)).toBe(true);
    const corrections = edition.annotations.filter((a) => a.type === 'correction');
    expect(corrections.length).toBe(tei.filter((e) => e.local === 'choice' && isInText(e)).length);
    for (const c of corrections) expect(c['readingText'], c.id).not.toBe(c['diplomaticText']);
  });

  it('lists for each register entry the blocks that mention it', () => {
    const { file, edition } = get();
    const text = file.tree!.children.find((c) => c.type === 'element' && c.local === 'text')!;
    const referenced = new Set<string>();
    for (const e of elements(text as never)) for (const r of (e.attributes['ref'] ?? '').split(/\s+/)) if (r.startsWith('#')) referenced.add(r.slice(1));
    const entries = Object.values(edition.registers).flat();
    expect(entries.length).toBeGreaterThan(20);
    for (const entry of entries) expect(entry.occurrences.length > 0, entry.id).toBe(referenced.has(entry.id));
    const kropotkin = edition.registers.persons.find((p) => p.id === 'kropotkin')!;
    expect(kropotkin.occurrences.length).toBeGreaterThan(10);
  });

  it('names no element as unhandled that the memoir uses in its running text', () => {
    const names = get().edition.unhandled.map((u) => u.element);
    expect(names).not.toEqual(expect.arrayContaining(['persName']));
    for (const core of ['said', 'date', 'choice', 'note', 'ref', 'lb', 'pb', 'rs', 'title', 'quote']) expect(names).not.toContain(core);
  });
});

function isInText(el: { parent: unknown; local: string }): boolean {
  for (let e = el as { parent: unknown; local: string } | null; e; e = e.parent as typeof e) if (e.local === 'text') return true;
  return false;
}
