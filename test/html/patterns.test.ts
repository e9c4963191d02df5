/**
 * The stylesheets' match patterns (templates and keys) have no descendant step: saxon-js matched
 * a key's pattern tei:text//(tei:ref | tei:ptr) against every element so slowly that one novel's
 * transform took 13–19 s instead of 0.5–0.7 s (xslt/modules/lookup.xsl). "In the text" is said
 * with a predicate instead: tei:ref[ancestor::tei:text].
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { xsltDir } from '../../src/paths.js';

function stylesheets(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? stylesheets(path.join(dir, e.name)) : e.name.endsWith('.xsl') ? [path.join(dir, e.name)] : [],
  );
}

/** Every match attribute of an xsl:template or xsl:key, with its file. */
function patterns(file: string): string[] {
  const found: string[] = [];
  const walk = (node: unknown, name: string): void => {
    if (Array.isArray(node)) return node.forEach((n) => walk(n, name));
    if (!node || typeof node !== 'object') return;
    const el = node as Record<string, unknown>;
    if ((name === 'xsl:template' || name === 'xsl:key') && typeof el['@_match'] === 'string') found.push(el['@_match']);
    for (const [k, v] of Object.entries(el)) if (!k.startsWith('@_')) walk(v, k);
  };
  walk(new XMLParser({ ignoreAttributes: false, processEntities: false }).parse(readFileSync(file, 'utf8')), '');
  return found;
}

describe('the stylesheets\' patterns', () => {
  it('are found (the check reads every template and key)', () => {
    const all = stylesheets(xsltDir).flatMap(patterns);
    expect(all.length).toBeGreaterThan(100);
    expect(all).toContain('tei:ref[ancestor::tei:text] | tei:ptr[ancestor::tei:text]');
  });

  it('have no descendant step (tei:text//…), which saxon-js matches very slowly', () => {
    const slow = stylesheets(xsltDir).flatMap((f) => patterns(f).filter((p) => p.includes('//')).map((p) => `${path.basename(f)}: ${p}`));
    expect(slow).toEqual([]);
  });
});
