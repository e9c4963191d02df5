/**
 * Documents with other citation structures than the memoir's: a play (acts and scenes, nested
 * citeStructure with @delim), letters (letters and their paragraphs by position(), citeData,
 * and a parallel tree of pages by pb milestones), and a document that declares none (the
 * div/p fallback). Several documents in one edition are one collection.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FALLBACK_DESCRIPTION } from '../../src/render/dts/fallback.js';
import { renderDtsDocument } from '../../src/render/dts/index.js';
import { editionModel } from '../../src/model/edition.js';
import { BASE, DTS, fixture, passage, renderDts, squash, textOf, xpathString, type Rendered } from './helpers.js';
import { loadText, tei } from '../helpers.js';

let r: Rendered;
beforeAll(async () => {
  r = await renderDts([fixture('play.xml'), fixture('letters.xml'), fixture('fallback.xml')]);
});

const nav = (doc: string, p: string): Record<string, unknown> => r.json(`dts/navigation/${doc}${p}.json`);
const ids = (n: Record<string, unknown>): string[] => (n['member'] as { identifier: string }[]).map((u) => u.identifier);
const units = (n: Record<string, unknown>): [string, number, string | null, string][] =>
  (n['member'] as { identifier: string; level: number; parent: string | null; citeType: string }[]).map((u) => [u.identifier, u.level, u.parent, u.citeType]);
const text = (p: string): string => squash(textOf(passage(r.out.get(`dts/document/${p}.xml`)!).wrapper));

describe('a play: acts and scenes', () => {
  it('nests scenes in acts, with the delimiter, in document order', () => {
    expect(units(nav('play', ';down=2'))).toEqual([
      ['1', 1, null, 'act'],
      ['1.1', 2, '1', 'scene'],
      ['1.2', 2, '1', 'scene'],
      ['2', 1, null, 'act'],
      ['2.1', 2, '2', 'scene'],
    ]);
    expect(ids(nav('play', ';down=1'))).toEqual(['1', '2']);
    expect(ids(nav('play', ';down=-1'))).toEqual(['1', '1.1', '1.2', '2', '2.1']);
    expect(ids(nav('play', ';down=1/1'))).toEqual(['1', '1.1', '1.2']);
    expect(ids(nav('play', ';down=0/1.2'))).toEqual(['1.1', '1.2']);
    expect(nav('play', ';down=0/1.2')['ref']).toMatchObject({ identifier: '1.2', level: 2, parent: '1' });
    expect(ids(nav('play', ';down=1/1.2'))).toEqual(['1.2']);
    const declared = r.json('dts/collection/play.json')['citationTrees'];
    expect(declared).toEqual([
      {
        '@type': 'CitationTree',
        description: "TEI refsDecl/citeStructure[@unit='act']",
        citeStructure: [{ '@type': 'CiteStructure', citeType: 'act', citeStructure: [{ '@type': 'CiteStructure', citeType: 'scene' }] }],
      },
    ]);
  });

  it('serves each act and scene with its text, and keeps the namespaces the passage uses', () => {
    const xpath = xpathString(r.files[0]!.text);
    expect(text('play/1')).toBe(squash(xpath("string(//div[@type='act'][@n='1'])")));
    expect(text('play/1.1')).toBe(squash(xpath("string(//div[@type='act'][@n='1']/div[@n='1'])")));
    expect(text('play/2.1')).toBe('BenThen the right one & no other. Exeunt.');
    // ex:cue is bound by the declaration the TEI root copy carries; the parser would refuse it unbound.
    const { root, wrapper } = passage(r.out.get('dts/document/play/1.1.xml')!);
    expect(root.attributes['xmlns:ex']).toBe('http://example.org/ns/cues');
    expect(textOf(wrapper)).toContain('(a knock)');
  });
});

describe('letters: letters and paragraphs, and pages as a second tree', () => {
  it('numbers paragraphs by position() within each letter, and takes Dublin Core from citeData', () => {
    expect(units(nav('letters', ';down=2'))).toEqual([
      ['L1', 1, null, 'letter'],
      ['L1.p1', 2, 'L1', 'paragraph'],
      ['L1.p2', 2, 'L1', 'paragraph'],
      ['L2', 1, null, 'letter'],
      ['L2.p1', 2, 'L2', 'paragraph'],
    ]);
    expect((nav('letters', '/L2')['ref'] as Record<string, unknown>)['dublinCore']).toEqual({ date: ['1900-02-03'] });
    expect(text('letters/L1.p2')).toBe('We leave on Monday, and return by the spring.');
  });

  it('cuts pages at the pb milestones, across letters and paragraphs', () => {
    expect(ids(nav('letters', ';tree=page;down=1'))).toEqual(['1', '2']);
    expect(text('letters;tree=page/1')).toBe('2 January 1900 Dear friend, the weather is fine. We leave on Monday,');
    expect(text('letters;tree=page/2')).toBe('and return by the spring. 3 February 1900 It rained.');
    const declared = r.json('dts/collection/letters.json')['citationTrees'] as { identifier?: string }[];
    expect(declared.map((t) => t.identifier)).toEqual([undefined, 'page']);
  });
});

describe('a document without citeStructure: the div/p fallback', () => {
  it('cites the divisions and paragraphs of the body by position, and says so', () => {
    expect(units(nav('fallback', ';down=-1'))).toEqual([
      ['1', 1, null, 'chapter'],
      ['1.1', 2, '1', 'p'],
      ['1.2', 2, '1', 'p'],
      ['2', 1, null, 'chapter'],
      ['2.1', 2, '2', 'section'],
      ['2.1.1', 3, '2.1', 'p'],
      ['2.2', 2, '2', 'p'],
    ]);
    expect((nav('fallback', '/2')['ref'] as Record<string, unknown>)['dublinCore']).toEqual({ title: ['Two'] });
    expect(nav('fallback', '/2.1')['ref']).not.toHaveProperty('dublinCore');
    const [tree] = r.json('dts/collection/fallback.json')['citationTrees'] as Record<string, unknown>[];
    expect(tree!['description']).toBe(FALLBACK_DESCRIPTION);
    expect(text('fallback/2.1.1')).toBe('A section.');
    expect(text('fallback/2')).toBe('Two A section. It ended.');
    // Depth 3: down runs to 3.
    expect(r.out.has('dts/navigation/fallback;down=3/1.json')).toBe(true);
    expect(r.out.has('dts/navigation/fallback;down=4/1.json')).toBe(false);
  });
});

describe('every ref of the three documents', () => {
  it('resolves to a well-formed passage whose text is the text of the element it cites', () => {
    let checked = 0;
    for (const doc of ['play', 'letters', 'fallback']) {
      for (const tree of r.trees(doc)) {
        for (const unit of tree.units) {
          const p = `${doc}${tree.identifier ? `;tree=${tree.identifier}` : ''}/${unit.ref}`;
          expect(r.out.has(`dts/navigation/${doc}${tree.identifier ? `;tree=${tree.identifier}` : ''}/${unit.ref}.json`), p).toBe(true);
          if (unit.milestone) continue; // pages: their stretches are checked above
          expect(text(p), p).toBe(squash(textOf(unit.node)));
          checked++;
        }
      }
    }
    expect(checked).toBe(5 + 5 + 7);
  });
});

describe('several documents', () => {
  it('are the Resources of one edition collection, under the root collection', () => {
    const root = r.json('dts/collection.json');
    expect(root).toMatchObject({ '@id': 'root', '@type': 'Collection', totalParents: 0, totalChildren: 1 });
    expect(r.out.get('dts/collection/root.json')).toBe(r.out.get('dts/collection.json'));
    const edition = r.json('dts/collection/edition.json');
    expect(edition).toMatchObject({ '@id': 'edition', totalParents: 1, totalChildren: 3, title: 'Digital edition' });
    const members = edition['member'] as Record<string, unknown>[];
    expect(members.map((m) => [m['@id'], m['@type'], m['title']])).toEqual([
      ['fallback', 'Resource', 'A Short Novel'],
      ['letters', 'Resource', 'Two Letters'],
      ['play', 'Resource', 'The Two Doors'],
    ]);
    expect(members[2]).toMatchObject({
      totalParents: 1,
      totalChildren: 0,
      download: [`${BASE}play/play.xml`],
      mediaTypes: ['application/tei+xml'],
      navigation: `${DTS}navigation/play{;tree}{;down}{/ref,start,end}.json`,
      dublinCore: { creator: ['Test Author'], publisher: ['tei-edition tests'], language: ['en'] },
    });
    expect(r.json('dts/collection/play;nav=parents.json')['member']).toEqual([expect.objectContaining({ '@id': 'edition' })]);
    expect(r.json('dts/collection/edition;nav=parents.json')['member']).toEqual([expect.objectContaining({ '@id': 'root' })]);
    expect(r.json('dts/collection;nav=parents.json')['member']).toEqual([]);
  });
});

describe('references that cannot be served', () => {
  it('leaves out a unit whose ref has "/" or repeats another, with a located warning', async () => {
    const file = loadText(
      tei('<p n="1">a</p><p n="1/2">b</p><p n="1">c</p><p n="3">d</p>', '').replace(
        '</fileDesc>',
        '</fileDesc><encodingDesc><refsDecl><citeStructure unit="p" match="//body/p" use="@n"/></refsDecl></encodingDesc>',
      ),
      'refs.xml',
    );
    const out = await renderDtsDocument(file, editionModel([file], { baseUrl: BASE }));
    const nav1 = JSON.parse(String(out.find((o) => o.path === 'dts/navigation/refs;down=1.json')!.content));
    expect(nav1.member.map((u: { identifier: string }) => u.identifier)).toEqual(['1', '3']);
    expect(file.messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([
      ['dts-ref', 'warning', 4],
      ['dts-ref', 'warning', 4],
    ]);
    expect(file.messages[0]!.reason).toMatch(/"1\/2" cannot be a file name/);
    expect(file.messages[1]!.reason).toMatch(/"1" is already used/);
  });

  it('answers an empty member list for a document with nothing to cite', async () => {
    const file = loadText(tei('<lg><l>no div, no p</l></lg>'), 'empty.xml');
    const out = await renderDtsDocument(file, editionModel([file], { baseUrl: BASE }));
    const top = JSON.parse(String(out.find((o) => o.path === 'dts/navigation/empty;down=1.json')!.content));
    expect(top.member).toEqual([]);
    expect(top.resource.citationTrees).toEqual([]);
  });

  it('drops a citeStructure whose XPath does not compile, with a located warning, and falls back', async () => {
    const file = loadText(
      tei('<div><p>a</p></div>').replace(
        '</fileDesc>',
        '</fileDesc><encodingDesc><refsDecl><citeStructure unit="p" match="//body/p[" use="@n"/></refsDecl></encodingDesc>',
      ),
      'broken.xml',
    );
    const out = await renderDtsDocument(file, editionModel([file], { baseUrl: BASE }));
    expect(file.messages.map((m) => [m.ruleId, m.severity])).toEqual([['dts-cite-structure', 'warning']]);
    const top = JSON.parse(String(out.find((o) => o.path === 'dts/navigation/broken;down=-1.json')!.content));
    expect(top.member.map((u: { identifier: string }) => u.identifier)).toEqual(['1', '1.1']);
  });
});
