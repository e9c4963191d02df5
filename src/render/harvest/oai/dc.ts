/** A document's metadata as Dublin Core (oai_dc), from the edition model. */
import type { DocumentModel, EditionModel } from '../../../model/edition.js';
import type { XmlNode } from '../xml.js';

const OAI_DC = 'http://www.openarchives.org/OAI/2.0/oai_dc/';
const DC = 'http://purl.org/dc/elements/1.1/';

const known = (name: string): boolean => !/^unknown\b/i.test(name);

export function oaiDc(doc: DocumentModel, edition: EditionModel): XmlNode {
  const m = doc.metadata;
  const base = edition.baseUrl ?? '';
  const lang = (text: string): XmlNode | string => (m.language ? { '@_xml:lang': m.language, '#text': text } : text);
  const sub = m.titles.find((t) => t.type === 'sub');
  const node: XmlNode = {
    '@_xmlns:oai_dc': OAI_DC,
    '@_xmlns:dc': DC,
    '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
    '@_xsi:schemaLocation': `${OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd`,
    'dc:title': [lang(m.title) as XmlNode, ...(sub ? [{ '#text': sub.text }] : [])],
    'dc:creator': m.authors.map((a) => a.name),
    'dc:contributor': [...m.editors, ...m.translators].map((p) => p.name).filter(known),
    'dc:publisher': m.publisher ?? undefined,
    'dc:date': m.date ?? doc.modified ?? undefined,
    'dc:type': ['Text', 'digital scholarly edition'],
    'dc:format': ['text/html', 'application/tei+xml', 'application/json'],
    'dc:identifier': `${base}${doc.id}/`,
    'dc:source': m.source?.citation,
    'dc:language': m.language ?? undefined,
    'dc:relation': [`${base}${doc.id}/${doc.id}.xml`, `${base}${doc.id}/edition.json`],
    'dc:rights': [m.licence?.text, m.licence?.uri].filter((x): x is string => Boolean(x)),
  };
  for (const [k, v] of Object.entries(node)) if (v === undefined || (Array.isArray(v) && v.length === 0)) delete node[k];
  return node;
}
