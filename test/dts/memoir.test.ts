/**
 * The memoir's DTS API: its four citation trees (paragraphs by @n, the headnote, the source
 * notes by @n, the lines by lb/@n), navigation answers as the spec defines them, and every
 * reference resolving to a passage whose text is that unit's text, computed here on the source
 * with XPath, independently of the renderer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { fileCount } from '../../src/render/dts/index.js';
import { BASE, DTS, memoirPath, passage, renderDts, squash, textOf, xpathString, isTei, type Rendered } from './helpers.js';

let r: Rendered;
let xpath: ReturnType<typeof xpathString>;
beforeAll(async () => {
  r = await renderDts([memoirPath]);
  xpath = xpathString(r.files[0]!.text);
});

const nav = (p: string): Record<string, unknown> => r.json(`dts/navigation/lenin-kropotkin${p}.json`);
const ids = (n: Record<string, unknown>): string[] => (n['member'] as { identifier: string }[]).map((u) => u.identifier);

describe('the memoir as a DTS resource', () => {
  it('publishes an entry point with absolute path-style URI templates', () => {
    const entry = r.json('dts/index.json');
    expect(entry).toMatchObject({ '@context': 'https://dtsapi.org/context/v1.0.json', dtsVersion: '1.0', '@type': 'EntryPoint', '@id': `${DTS}index.json` });
    expect(entry['collection']).toBe(`${DTS}collection{/id}{;nav}.json`);
    expect(entry['navigation']).toBe(`${DTS}navigation/{resource}{;tree}{;down}{/ref,start,end}.json`);
    expect(entry['document']).toBe(`${DTS}document/{resource}{;tree}{/ref,start,end}.xml{?mediaType}`);
  });

  it('has four citation trees, one per top-level citeStructure, the first the default', () => {
    const trees = r.trees('lenin-kropotkin');
    expect(trees.map((t) => [t.identifier, t.units.length, t.depth])).toEqual([
      [null, Number(xpath("count(//body/div[@type='memoir']/p)")), 1],
      ['headnote', 1, 1],
      ['note', Number(xpath("count(//back/div[@type='notes']/note[@type='source'])")), 1],
      ['line', Number(xpath('count(//text//lb)')), 1],
    ]);
    expect(trees[0]!.units.length).toBe(39);
    const resource = r.json('dts/collection/lenin-kropotkin.json');
    const declared = resource['citationTrees'] as { identifier?: string; citeStructure: { citeType: string }[] }[];
    expect(declared.map((t) => [t.identifier, t.citeStructure[0]!.citeType])).toEqual([
      [undefined, 'paragraph'],
      ['headnote', 'headnote'],
      ['note', 'note'],
      ['line', 'line'],
    ]);
  });

  it('lists the paragraphs in document order, with the citeData identifier as Dublin Core', () => {
    const top = nav(';down=1');
    expect(top['@id']).toBe(`${DTS}navigation/lenin-kropotkin;down=1.json`);
    expect(ids(top)).toEqual(Array.from({ length: 39 }, (_, i) => String(i + 1)));
    expect((top['member'] as unknown[])[11]).toEqual({
      identifier: '12',
      '@type': 'CitableUnit',
      level: 1,
      parent: null,
      citeType: 'paragraph',
      dublinCore: { identifier: ['p12'] },
    });
    expect(top).not.toHaveProperty('ref');
    // Deeper than the tree, or to the bottom: the same units (the spec: what exists).
    expect(ids(nav(';down=2'))).toEqual(ids(top));
    expect(ids(nav(';down=-1'))).toEqual(ids(top));
  });

  it('answers ref alone, ref with down=0 (siblings) and ref with down (the unit and below)', () => {
    const alone = nav('/5');
    expect(alone['ref']).toMatchObject({ identifier: '5', level: 1, parent: null });
    expect(alone).not.toHaveProperty('member');
    expect(ids(nav(';down=0/5'))).toHaveLength(39);
    expect(nav(';down=0/5')['ref']).toMatchObject({ identifier: '5' });
    expect(ids(nav(';down=-1/5'))).toEqual(['5']);
    expect(ids(nav(';down=2/39'))).toEqual(['39']);
  });

  it('lists the lines by their number in the transcription, in document order', () => {
    const lines = ids(nav(';tree=line;down=1'));
    expect(lines).toEqual(xpath("string-join(//text//lb/@n, ' ')").split(' '));
    expect(lines.map(Number)).toEqual([...lines.map(Number)].sort((a, b) => a - b));
  });

  it('resolves every ref of every tree to a passage in dts:wrapper whose text is that unit\'s text', () => {
    const expected: Record<string, (ref: string) => string> = {
      '': (ref) => xpath("string(//body/div[@type='memoir']/p[@n=$ref])", { ref }),
      headnote: (ref) => xpath("string(//front/div[@type='headnote'][@xml:id=$ref])", { ref }),
      note: (ref) => xpath("string(//back/div[@type='notes']/note[@type='source'][@n=$ref])", { ref }),
      // A line: the text nodes from its line beginning to the next one (or the end of the text).
      line: (ref) => lines.get(ref)!,
    };
    // One pass over the text in document order, each lb written as a marker, then cut at the markers.
    const marked = xpath("string-join(//text//(lb|text()) ! (if (self::lb) then '\uE000' || @n || '\uE001' else string(.)))");
    const lines = new Map(marked.split('\uE000').slice(1).map((part) => part.split('\uE001') as [string, string]));
    let checked = 0;
    for (const tree of r.trees('lenin-kropotkin')) {
      const key = tree.identifier ?? '';
      for (const unit of tree.units) {
        const p = `dts/document/lenin-kropotkin${tree.identifier ? `;tree=${tree.identifier}` : ''}/${unit.ref}.xml`;
        const xml = r.out.get(p);
        expect(xml, p).toBeDefined();
        const { root, wrapper } = passage(xml!);
        expect(isTei(root)).toBe(true);
        const want = expected[key]!(unit.ref);
        expect(want.trim(), p).not.toBe('');
        if (tree.identifier === 'line') expect(squash(textOf(wrapper)), p).toBe(squash(want));
        else expect(textOf(wrapper), p).toBe(want);
        checked++;
      }
    }
    expect(checked).toBe(39 + 1 + 4 + 236);
  });

  it('keeps the ancestors around the wrapper, and cuts a line that starts inside a name at its edges', () => {
    const { root, wrapper } = passage(r.out.get('dts/document/lenin-kropotkin;tree=line/16.xml')!);
    expect(root.attributes['xmlns']).toBe('http://www.tei-c.org/ns/1.0');
    expect(wrapper.parent!.attributes['xml:id']).toBe('p1');
    const first = wrapper.children.find((c) => c.type === 'element')!;
    expect(first).toMatchObject({ local: 'persName', attributes: { ref: '#kropotkin' } });
    expect(squash(textOf(wrapper))).toBe('Aleksejevitsj leefde uitermate bescheiden; in zijn kamer stonden erg veel boeken en aan alles was te');
  });

  it('serves the whole document as published', () => {
    expect(r.out.get('dts/document/lenin-kropotkin.xml')).toBe(r.files[0]!.text);
    expect(r.out.get('dts/document/lenin-kropotkin;tree=line.xml')).toBe(r.files[0]!.text);
  });

  it('writes a number of files linear in the citable units, as the formula says', () => {
    const trees = r.trees('lenin-kropotkin');
    // navigation: Σ (D+1) + n(D+3), D = max(depth, 2); document: one per unit, one whole per tree; 3 collection answers.
    expect(fileCount(trees)).toBe(3 + 39 * 5 + (3 + 5) + (3 + 4 * 5) + (3 + 236 * 5) + (4 + 280) + 3);
    const perDocument = [...r.out.keys()].filter((k) => /^dts\/(navigation|document)\/lenin-kropotkin|^dts\/collection\/lenin-kropotkin/.test(k));
    expect(perDocument.length).toBe(fileCount(trees));
  });
});

describe('without a base URL', () => {
  it('builds no DTS API (the build\'s citation-base-url warning says why)', async () => {
    const none = await renderDts([memoirPath], null);
    expect(none.out.size).toBe(0);
    expect(none.files[0]!.messages).toEqual([]);
  });

  it('uses the base URL given', async () => {
    expect(r.edition.baseUrl).toBe(BASE);
  });
});
