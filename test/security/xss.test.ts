/**
 * Script injection: the OWASP filter-evasion forms in every place a TEI document's data reaches
 * HTML. The edition is built for real twice: by build() (validation on: forbidden schemes are
 * located errors, nothing is written) and by the renderers alone (validation bypassed: the pages
 * must still hold no link, handler or style that could run script).
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, renderers, siteRenderers } from '../../src/build.js';
import { TeiFile } from '../../src/file.js';
import { load } from '../../src/load/index.js';
import { editionModel } from '../../src/model/edition.js';
import type { Output } from '../../src/render/output.js';
import { PREFIXES, POINTER_CASES, type PointerCase } from './cases.js';
import { linksIn, scanElement, scanHtml } from './scan.js';

/** A file name that reads as a scheme when it is put in an href as it stands. */
const NAME = 'javascript:alert(1)';
const SCRIPT_TEXT = '&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;';

function paragraph(c: PointerCase, i: number): string {
  return `    <p xml:id="case-${i}" n="${i}">Case ${i}: <ref target="${c.xml}">linktext${i}</ref> and <ptr target="${c.xml}"/>.</p>`;
}

/** The hostile document: every pointer case, hostile attributes, script in text and header. */
function hostile(cases: readonly PointerCase[], extra = true): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="nl">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>Hostile ${SCRIPT_TEXT}</title></titleStmt>
      <publicationStmt><publisher>P</publisher><availability><licence target="${extra ? '&#x09;JaVaScRiPt:alert(1)' : 'urn:x-licence:1'}">Licence</licence></availability></publicationStmt>
      <sourceDesc><p>S</p></sourceDesc>
    </fileDesc>
    ${PREFIXES}
  </teiHeader>
  <standOff>
    <listPerson>
      <person xml:id="eve"><persName>Eve ${SCRIPT_TEXT}</persName>${extra ? '<idno type="URI">httpjavascript:alert(1)</idno><idno type="URI">http&#x09;s:javascript:alert(1)</idno>' : ''}<idno type="URI">https://example.org/eve</idno></person>
    </listPerson>
  </standOff>
  <text>
    <body>
      <div type='${extra ? 'memoir" onclick="alert(1)' : 'memoir'}' xml:id="hostile-div">
${cases.map(paragraph).join('\n')}
    <p xml:id="attrs" n='"&gt;&lt;img src=x onerror=alert(1)&gt;'><persName ref="#eve">Eve</persName> <persName ref="${extra ? ' JaVaScRiPt:alert(1)' : 'urn:x-person:1'}">Mallory</persName> <pb n='" onmouseover="alert(1)'/><hi rend='x" style="background:url(javascript:alert(1))'>styled</hi> <said who="#eve">Eve says ${SCRIPT_TEXT}</said> on <date when="1919-05-08">8 mei ${SCRIPT_TEXT}</date>, ${SCRIPT_TEXT} and ${'\u2028'}separators${'\u2029'} end.</p>
      </div>
    </body>
  </text>
</TEI>
`;
}

/** Loads and renders a document with every renderer, skipping validation entirely. */
async function renderBypassingValidation(name: string, text: string, out: string): Promise<Output[]> {
  const file = new TeiFile(`${name}.xml`, text);
  load(file);
  expect(file.messages.filter((m) => m.severity === 'error')).toEqual([]);
  const model = editionModel([file], {});
  const outputs: Output[] = [];
  for (const render of renderers) outputs.push(...(await render(file, model)));
  for (const render of siteRenderers) outputs.push(...(await render([file], model)));
  expect(file.messages.filter((m) => m.source === 'render')).toEqual([]);
  for (const o of outputs) {
    const target = path.join(out, o.path);
    mkdirSync(path.dirname(target), { recursive: true });
    writeFileSync(target, o.content);
  }
  return outputs;
}

function files(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.join(d.parentPath, d.name));
}

// Made when the tests run, not when they are collected: a filtered run leaves nothing behind.
let temp = '';
beforeAll(() => {
  temp = mkdtempSync(path.join(tmpdir(), 'tei-edition-xss-'));
});
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('with validation bypassed, the written pages cannot run script', () => {
  let out = '';
  let page = '';
  beforeAll(async () => {
    out = path.join(temp, 'bypass');
    await renderBypassingValidation(NAME, hostile(POINTER_CASES), out);
    page = readFileSync(path.join(out, NAME, 'index.html'), 'utf8');
  }, 120_000);

  POINTER_CASES.forEach((c, i) => {
    it(`${c.kind === 'link' ? 'stays a link' : 'becomes text'}: ${c.name}`, () => {
      const { found, text, findings } = scanElement(page, `case-${i}`);
      expect(found).toBe(true);
      expect(findings).toEqual([]);
      expect(text).toContain(`linktext${i}`);
      const links = linksIn(page, `case-${i}`).filter((h) => h !== `#case-${i}`);
      expect(links).toHaveLength(c.kind === 'link' ? 2 : 0);
      if (c.name.includes('expands to https')) expect(links[0]).toBe('https://www.wikidata.org/wiki/Q1394');
    });
  });

  it('no page holds a handler, a style, a foreign script or an unsafe URL (every attribute of every element)', () => {
    const pages = files(out).filter((f) => f.endsWith('.html'));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const p of pages) expect({ page: path.relative(out, p), findings: scanHtml(readFileSync(p, 'utf8')) }).toEqual({ page: path.relative(out, p), findings: [] });
  });

  it('the SVG pictures (timeline, speakers) hold the hostile text as text', () => {
    const overview = readFileSync(path.join(out, NAME, 'overview.html'), 'utf8');
    expect(overview.match(/<svg /g)?.length).toBe(2);
    expect(scanHtml(overview)).toEqual([]);
    expect(overview).toContain('&lt;/script&gt;');
  });

  it('a document whose file name reads as a scheme is linked as a path', () => {
    const landing = readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(scanHtml(landing)).toEqual([]);
    expect(landing).toContain('href="javascript%3Aalert%281%29/index.html"');
  });

  it('a forbidden licence address and authority record stay text', () => {
    // text, in the language the header gives it (the document's, Dutch: not the interface's)
    expect(page).toMatch(/licence: <span lang="nl">Licence<\/span><\/p>/);
    const persons = readFileSync(path.join(out, NAME, 'persons.html'), 'utf8');
    expect(persons).toContain('https://example.org/eve');
    expect(persons).not.toMatch(/href="[^"]*javascript:/i);
  });

  it('the search data is one JSON value assigned to one global: no text breaks out of it', () => {
    const js = readFileSync(path.join(out, NAME, 'search-data.js'), 'utf8');
    const m = /^window\.teiEditionSearch = ([\s\S]*);\n$/.exec(js);
    expect(m).not.toBeNull();
    const data: unknown = JSON.parse(m![1]!);
    const sandbox: { window: Record<string, unknown> } = { window: {} };
    vm.runInNewContext(js, sandbox, { timeout: 1000 });
    expect(Object.keys(sandbox.window)).toEqual(['teiEditionSearch']);
    expect(JSON.stringify(sandbox.window['teiEditionSearch'])).toBe(JSON.stringify(data));
    expect(JSON.stringify(data)).toContain('</script><script>alert(1)</script>');
  });

  it('the JSON edition marks the targets that are not links: href is null', () => {
    const edition = JSON.parse(readFileSync(path.join(out, NAME, 'edition.json'), 'utf8')) as {
      annotations: { type: string; block: string; href?: string | null; target?: string }[];
      metadata: { licence: { uri: string | null } };
    };
    POINTER_CASES.forEach((c, i) => {
      const link = edition.annotations.find((a) => a.type === 'link' && a.block === `case-${i}`);
      expect(link, c.name).toBeDefined();
      expect(link!.target, c.name).toBeTypeOf('string');
      if (c.kind === 'link') expect(link!.href, c.name).toBeTypeOf('string');
      else expect(link!.href, c.name).toBeNull();
    });
    expect(edition.metadata.licence.uri).toBeNull();
  });

  it('the Web Annotations give no forbidden IRI as a body (a viewer would link it)', () => {
    const jsonld = readFileSync(path.join(out, NAME, 'annotations.jsonld'), 'utf8');
    const ids = [...jsonld.matchAll(/"id": ?"([^"]*)"/g)].map((m) => m[1]!);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.filter((id) => /^\s*(javascript|vbscript|data|file|blob):/i.test(id))).toEqual([]);
    expect(jsonld).toContain('Mallory');
  });
});

describe('the published TEI runs nothing when a browser opens it', () => {
  const active = hostile([], false).replace(
    '</body>',
    `<p xml:id="active">Hier <note><html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(1)</html:script></note> en <svg:svg xmlns:svg="http://www.w3.org/2000/svg" onload="alert(2)"/>.</p></body>`,
  );

  it('XHTML and SVG elements are located errors of active-content; nothing is written', async () => {
    const dir = path.join(temp, 'active');
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, 'active.xml'), active);
    const result = await build({ inputs: [path.join(dir, 'active.xml')], out: path.join(dir, 'dist') });
    expect(result.written).toBe(false);
    const line = active.split('\n').findIndex((l) => l.includes('xml:id="active"')) + 1;
    const found = result.files[0]!.messages.filter((m) => m.ruleId === 'active-content').map((m) => `${m.line} ${m.reason}`);
    expect(found).toEqual([
      `${line} the XHTML element <html:script> would run in the browser of anyone who opens the published TEI`,
      `${line} the SVG element <svg:svg> would run in the browser of anyone who opens the published TEI`,
    ]);
  });

  it('with validation bypassed, the TEI renderer refuses to publish it, and the pages hold its words as text', async () => {
    const file = new TeiFile('active.xml', active);
    load(file);
    const model = editionModel([file], {});
    const outputs: Output[] = [];
    for (const render of renderers) outputs.push(...(await render(file, model)));
    expect(outputs.map((o) => o.path)).not.toContain('active/active.xml');
    expect(file.messages.filter((m) => m.source === 'render').map((m) => m.ruleId)).toEqual(['active-content']);
    for (const o of outputs) if (o.path.endsWith('.html')) expect(scanHtml(String(o.content))).toEqual([]);
  });
});

describe('what is absent is no link', () => {
  it('a licence and a ref without a target are text', async () => {
    const out = path.join(temp, 'absent');
    const text = hostile([], false).replace(/<licence target="[^"]*">/, '<licence>').replace('</body>', '<p xml:id="notarget"><ref>no target</ref></p></body>');
    await renderBypassingValidation('absent', text, out);
    const page = readFileSync(path.join(out, 'absent', 'index.html'), 'utf8');
    expect(page).toContain('licence: <span lang="nl">Licence</span></p>');
    expect(linksIn(page, 'notarget')).toEqual([]);
    expect(scanElement(page, 'notarget').text).toContain('no target');
  });
});

describe('with validation, the build refuses forbidden schemes at their place', () => {
  it('every forbidden case is a located url-scheme error, every other scheme a warning; nothing is written', async () => {
    const dir = path.join(temp, 'validated');
    mkdirSync(dir, { recursive: true });
    const input = path.join(dir, 'hostile.xml');
    const text = hostile(POINTER_CASES);
    writeFileSync(input, text);
    const result = await build({ inputs: [input], out: path.join(dir, 'dist') });
    expect(result.written).toBe(false);
    const messages = result.files[0]!.messages.filter((m) => m.ruleId === 'url-scheme');
    const lines = text.split('\n');
    POINTER_CASES.forEach((c, i) => {
      const line = lines.findIndex((l) => l.includes(`xml:id="case-${i}"`)) + 1;
      const here = messages.filter((m) => m.line === line);
      // The ref and the ptr of the case, each at its own column.
      if (c.kind === 'forbidden') expect(here.map((m) => m.severity), c.name).toEqual(['error', 'error']);
      else if (c.kind === 'other') expect(here.map((m) => m.severity), c.name).toEqual(['warning', 'warning']);
      else expect(here, c.name).toEqual([]);
      for (const m of here) expect(m.column).toBeGreaterThan(1);
    });
    expect(messages.some((m) => m.reason.includes('<licence>') && m.severity === 'error')).toBe(true);
  }, 120_000);

  it('a document with other schemes only builds, with warnings, and its pages link none of them', async () => {
    const dir = path.join(temp, 'other');
    mkdirSync(dir, { recursive: true });
    const input = path.join(dir, 'other.xml');
    writeFileSync(input, hostile(POINTER_CASES.filter((c) => c.kind !== 'forbidden'), false));
    const result = await build({ inputs: [input], out: path.join(dir, 'dist') });
    const errors = result.files[0]!.messages.filter((m) => m.severity === 'error');
    expect(errors).toEqual([]);
    expect(result.written).toBe(true);
    expect(result.files[0]!.messages.filter((m) => m.ruleId === 'url-scheme').length).toBeGreaterThan(0);
    for (const p of files(path.join(dir, 'dist')).filter((f) => f.endsWith('.html'))) {
      expect({ page: p, findings: scanHtml(readFileSync(p, 'utf8')) }).toEqual({ page: p, findings: [] });
    }
  }, 120_000);
});
