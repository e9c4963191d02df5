// Two small editions for the publish tests: nested folders, text and bytes, a few hundred KB.
export function outputsOf(label) {
  const outputs = [
    { path: 'index.html', content: `<!DOCTYPE html><title>${label}</title>` },
    { path: 'assets/edition.css', content: `/* ${label} */ body { margin: 0 }` },
    { path: 'doc/doc.xml', content: `<TEI>${label}</TEI>`.padEnd(200_000, ' ') },
    { path: 'doc/data.bin', content: new Uint8Array(1000).fill(label.charCodeAt(0)) },
  ];
  for (let i = 0; i < 20; i++) outputs.push({ path: `doc/pages/${i}.html`, content: `<p>${label} page ${i}</p>` });
  return outputs;
}
