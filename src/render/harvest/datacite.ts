/**
 * <doc-id>/datacite.xml: DataCite Metadata Schema 4.7 (kernel-4), ready to register a DOI.
 * Until a DOI is minted, the identifier is DataCite's standard value "(:tba)" ("to be assigned
 * or announced later"), with identifierType DOI: valid against the schema, and plainly not an
 * identifier anyone could mistake for a real one. An idno type="DOI" in the header replaces it.
 */
import type { DocumentModel, EditionModel } from '../../model/edition.js';
import type { Person } from '../json/types.js';
import type { Output } from '../output.js';
import { compact, xmlDocument, type XmlNode } from './xml.js';

const KERNEL = 'http://datacite.org/schema/kernel-4';

export function renderDatacite(_files: unknown, edition: EditionModel): Output[] {
  return edition.documents.map((doc) => ({ path: `${doc.id}/datacite.xml`, content: datacite(doc, edition) }));
}

/** A name that says it is unknown becomes DataCite's "(:unkn)" rather than a name. */
const name = (p: Person): string => (/^unknown\b/i.test(p.name) ? '(:unkn)' : p.name);

export function datacite(doc: DocumentModel, edition: EditionModel): string {
  const m = doc.metadata;
  const doi = m.identifiers.find((i) => /^doi$/i.test(i.type ?? ''))?.value.replace(/^https?:\/\/(dx\.)?doi\.org\//, '');
  const year = /\d{4}/.exec(m.date ?? '')?.[0] ?? doc.modified?.slice(0, 4) ?? edition.modified?.slice(0, 4);
  const url = (p: string): string | undefined => (edition.baseUrl ? `${edition.baseUrl}${doc.id}/${p}` : undefined);
  const related = [
    { p: `${doc.id}.xml`, format: 'application/tei+xml', type: 'Text', what: 'TEI P5 source' },
    { p: 'edition.json', format: 'application/json', type: 'Dataset', what: 'JSON edition' },
  ].flatMap((r) => {
    const u = url(r.p);
    return u ? [{ '@_relatedIdentifierType': 'URL', '@_relationType': 'HasPart', '@_resourceTypeGeneral': r.type, '#text': u }] : [];
  });
  const contributors: XmlNode[] = [
    ...m.editors.map((p) => ({ '@_contributorType': 'Editor', contributorName: name(p) })),
    ...m.translators.map((p) => ({ '@_contributorType': 'Translator', contributorName: name(p) })),
  ];
  const subtitle = m.titles.find((t) => t.type === 'sub');
  const resource: XmlNode = compact({
    '@_xmlns': KERNEL,
    '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    '@_xsi:schemaLocation': `${KERNEL} https://schema.datacite.org/meta/kernel-4.7/metadata.xsd`,
    identifier: { '@_identifierType': 'DOI', '#text': doi || '(:tba)' },
    creators: { creator: (m.authors.length ? m.authors : [{ name: 'unknown', id: null, role: null }]).map((p) => ({ creatorName: name(p) })) },
    titles: { title: [{ ...(m.language ? { '@_xml:lang': m.language } : {}), '#text': m.title }, ...(subtitle ? [{ '@_titleType': 'Subtitle', '#text': subtitle.text }] : [])] },
    publisher: m.publisher ?? '(:unav)',
    publicationYear: year ?? '(:unav)',
    resourceType: { '@_resourceTypeGeneral': 'Text', '#text': 'Digital scholarly edition (TEI P5)' },
    contributors: contributors.length ? { contributor: contributors } : undefined,
    dates: doc.modified ? { date: { '@_dateType': 'Updated', '#text': doc.modified } } : undefined,
    language: m.language ?? undefined,
    alternateIdentifiers: edition.baseUrl ? { alternateIdentifier: { '@_alternateIdentifierType': 'URL', '#text': `${edition.baseUrl}${doc.id}/` } } : undefined,
    relatedIdentifiers: related.length ? { relatedIdentifier: related } : undefined,
    formats: { format: ['text/html', 'application/tei+xml', 'application/json'] },
    version: m.version ?? undefined,
    rightsList: m.licence ? { rights: compact({ '@_rightsURI': m.licence.uri ?? undefined, '#text': m.licence.text ?? m.licence.uri ?? '' }) } : undefined,
    descriptions: m.source ? { description: { '@_descriptionType': 'Other', '#text': `Source: ${m.source.citation}` } } : undefined,
  });
  return xmlDocument({ resource });
}
