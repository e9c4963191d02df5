/**
 * The EPUB's dc:identifier: the edition's address where it has one, else a name-based UUID
 * (RFC 9562 version 5) of the document id and the edition's version, so that the same version
 * always gets the same identifier and a new version a new one.
 */
import { createHash } from 'node:crypto';

/** The URL namespace of RFC 9562 (appendix A): the names hashed here are URNs. */
const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

export function uuidV5(name: string, namespace = URL_NAMESPACE): string {
  const ns = Buffer.from(namespace.replace(/-/g, ''), 'hex');
  const bytes = createHash('sha1').update(Buffer.concat([ns, Buffer.from(name, 'utf8')])).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** `urn:uuid:…` for a book made of these documents at these versions. */
export function bookUuid(parts: readonly { id: string; version: string | null }[]): string {
  const name = `urn:tei-edition:epub:${parts.map((p) => `${p.id}@${p.version ?? ''}`).join(',')}`;
  return `urn:uuid:${uuidV5(name)}`;
}
