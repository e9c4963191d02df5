/**
 * A document's content documents read back from its own e-book (`<doc-id>/<doc-id>.epub`), for
 * the edition's e-book: a document rendered in a worker of the build's pool, or in an earlier
 * build (incremental, or a shard before `merge`), left its e-book in the outputs, not its part in
 * memory. Reading the zip back costs milliseconds; rendering the part again costs seconds.
 */
import yauzl from 'yauzl';

/** The entries of a zip under `prefix` (e.g. "EPUB/doc/"), by their names after it, as UTF-8 text. */
export function entriesUnder(zip: Uint8Array, prefix: string): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    yauzl.fromBuffer(Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength), { lazyEntries: true, validateEntrySizes: true }, (err, archive) => {
      if (err || !archive) return reject(err ?? new Error('no archive'));
      const out = new Map<string, string>();
      archive.on('error', reject);
      archive.on('end', () => resolve(out));
      archive.on('entry', (entry: yauzl.Entry) => {
        if (!entry.fileName.startsWith(prefix) || entry.fileName.endsWith('/')) return archive.readEntry();
        archive.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'));
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('error', reject);
          stream.on('end', () => {
            out.set(entry.fileName.slice(prefix.length), Buffer.concat(chunks).toString('utf8'));
            archive.readEntry();
          });
        });
      });
      archive.readEntry();
    });
  });
}
