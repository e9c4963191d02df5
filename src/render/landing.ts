/** dist/index.html: the edition's landing page, listing its documents and their downloads. */
import type { TeiFile } from '../file.js';
import { child, elements, textOf, type XElement } from '../xml.js';
import type { Output } from './output.js';

export function renderLanding(files: readonly TeiFile[]): Output[] {
  const docs = [...files].sort((a, b) => a.id.localeCompare(b.id));
  const items = docs
    .map((f) => {
      const title = titleOf(f.tree);
      const lang = f.tree?.attributes['xml:lang'];
      return `<li><a href="${esc(f.id)}/index.html"${lang ? ` lang="${esc(lang)}"` : ''}>${esc(title)}</a> · <a href="${esc(f.id)}/${esc(f.id)}.xml">TEI</a></li>`;
    })
    .join('\n');
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>tei-edition</title>
</head>
<body>
<main>
<h1>Editions</h1>
<ul>
${items}
</ul>
</main>
</body>
</html>
`;
  return [{ path: 'index.html', content: html }];
}

function titleOf(tree: XElement | null): string {
  if (!tree) return '(untitled)';
  const header = child(tree, 'teiHeader');
  if (header) for (const el of elements(header)) if (el.local === 'title') return textOf(el).replace(/\s+/g, ' ').trim();
  return '(untitled)';
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
