/**
 * OAI-PMH 2.0 for a static site: a Static Repository file (oai/static-repository.xml: Identify,
 * ListMetadataFormats, one ListRecords per format; OAI guidelines for static repositories) and
 * the same answers pre-rendered one per request (oai/Identify.xml, oai/ListRecords-oai_dc.xml,
 * oai/GetRecord-tei-<id>.xml, …) for a proxy that maps OAI requests onto files. Two formats:
 * oai_dc, and "tei", which carries each document's teiHeader as it stands.
 *
 * OAI-PMH needs absolute identifiers and an administrator's e-mail (adminEmail is required):
 * without a base URL or a contact e-mail nothing is written; the build warns about the e-mail.
 * Identifiers are the documents' URLs; datestamps are their revisionDesc dates (day granularity).
 */
import type { TeiFile } from '../../../file.js';
import type { DocumentModel, EditionModel } from '../../../model/edition.js';
import type { Output } from '../../output.js';
import { xmlDocument, type XmlNode } from '../xml.js';
import { oaiDc } from './dc.js';
import { teiHeaderXml } from './tei-header.js';

const OAI = 'http://www.openarchives.org/OAI/2.0/';
const STATIC = 'http://www.openarchives.org/OAI/2.0/static-repository';
export const REPOSITORY_FILE = 'oai/static-repository.xml';

interface Format {
  prefix: string;
  schema: string;
  namespace: string;
  /** The metadata element, or a placeholder that `splice` replaces with raw XML. */
  metadata: (doc: DocumentModel, edition: EditionModel) => XmlNode | null;
}

const raw = (doc: DocumentModel): string => `@@tei-header:${doc.id}@@`;

const FORMATS: readonly Format[] = [
  { prefix: 'oai_dc', schema: 'http://www.openarchives.org/OAI/2.0/oai_dc.xsd', namespace: 'http://www.openarchives.org/OAI/2.0/oai_dc/', metadata: (d, e) => ({ 'oai_dc:dc': oaiDc(d, e) }) },
  {
    prefix: 'tei',
    schema: 'https://tei-c.org/release/xml/tei/custom/schema/xsd/tei_all.xsd',
    namespace: 'http://www.tei-c.org/ns/1.0',
    metadata: (d) => (d.file.tree && teiHeaderXml(d.file.tree) ? { '#text': raw(d) } : null),
  },
];

export function renderOai(files: readonly TeiFile[], edition: EditionModel): Output[] {
  if (!edition.baseUrl) return [];
  if (!edition.contactEmail) {
    const first = [...files].sort((a, b) => a.id.localeCompare(b.id))[0];
    first?.message('no OAI-PMH repository is written: OAI-PMH requires an administrator\'s e-mail address', {
      ruleId: 'oai-admin-email',
      severity: 'warning',
      hint: 'pass --contact-email editors@example.org to the build',
    });
    return [];
  }
  const repositoryUrl = `${edition.baseUrl}${REPOSITORY_FILE}`;
  const baseURL = edition.oaiGateway ? `${edition.oaiGateway}${repositoryUrl.replace(/^https?:\/\//, '')}` : repositoryUrl;
  const docs = edition.documents.filter((d) => d.modified);
  const headers = new Map(docs.map((d) => [d.id, d.file.tree ? teiHeaderXml(d.file.tree) : null]));
  const splice = (xml: string): string => xml.replace(/@@tei-header:([^@]+)@@/g, (_, id: string) => headers.get(id) ?? '');
  const earliest = docs.map((d) => d.modified!).sort()[0] ?? edition.modified ?? '1970-01-01';
  const identify: XmlNode = {
    repositoryName: titleOf(edition),
    baseURL,
    protocolVersion: '2.0',
    adminEmail: edition.contactEmail,
    earliestDatestamp: earliest,
    deletedRecord: 'no',
    granularity: 'YYYY-MM-DD',
  };
  const formats: XmlNode = {
    metadataFormat: FORMATS.map((f) => ({ metadataPrefix: f.prefix, schema: f.schema, metadataNamespace: f.namespace })),
  };
  const header = (d: DocumentModel): XmlNode => ({ identifier: identifierOf(d, edition), datestamp: d.modified! });
  const records = (f: Format, ds: readonly DocumentModel[]): XmlNode[] =>
    ds.flatMap((d) => {
      const metadata = f.metadata(d, edition);
      return metadata ? [{ header: header(d), metadata }] : [];
    });

  // The static repository: OAI elements prefixed, the envelope in its own namespace.
  const prefixed = (node: XmlNode | XmlNode[] | string | string[] | number | undefined): unknown => {
    if (Array.isArray(node)) return node.map((n) => prefixed(n));
    if (typeof node !== 'object' || node === null) return node;
    return Object.fromEntries(Object.entries(node).map(([k, v]) => [k.startsWith('@_') || k.startsWith('#') || k.includes(':') ? k : `oai:${k}`, prefixed(v)]));
  };
  const repository = xmlDocument({
    Repository: {
      '@_xmlns': STATIC,
      '@_xmlns:oai': OAI,
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation': `${STATIC} http://www.openarchives.org/OAI/2.0/static-repository.xsd`,
      Identify: prefixed(identify) as XmlNode,
      ListMetadataFormats: prefixed(formats) as XmlNode,
      ListRecords: FORMATS.map((f) => ({ '@_metadataPrefix': f.prefix, ...(prefixed({ record: records(f, docs) }) as XmlNode) })),
    },
  });

  // One response per request, as an OAI-PMH provider would answer it.
  const responseDate = `${edition.modified ?? earliest}T00:00:00Z`;
  const response = (request: Record<string, string>, body: XmlNode): string =>
    xmlDocument({
      'OAI-PMH': {
        '@_xmlns': OAI,
        '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
        '@_xsi:schemaLocation': `${OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd`,
        responseDate,
        request: { ...Object.fromEntries(Object.entries(request).map(([k, v]) => [`@_${k}`, v])), '#text': baseURL },
        ...body,
      },
    });
  const outputs: Output[] = [
    { path: REPOSITORY_FILE, content: splice(repository) },
    { path: 'oai/Identify.xml', content: response({ verb: 'Identify' }, { Identify: identify }) },
    { path: 'oai/ListMetadataFormats.xml', content: response({ verb: 'ListMetadataFormats' }, { ListMetadataFormats: formats }) },
  ];
  for (const f of FORMATS) {
    const rs = records(f, docs);
    if (rs.length === 0) continue;
    outputs.push({ path: `oai/ListIdentifiers-${f.prefix}.xml`, content: response({ verb: 'ListIdentifiers', metadataPrefix: f.prefix }, { ListIdentifiers: { header: docs.map(header) } }) });
    outputs.push({ path: `oai/ListRecords-${f.prefix}.xml`, content: splice(response({ verb: 'ListRecords', metadataPrefix: f.prefix }, { ListRecords: { record: rs } })) });
    for (const d of docs) {
      const [record] = records(f, [d]);
      if (!record) continue;
      outputs.push({
        path: `oai/GetRecord-${f.prefix}-${d.id}.xml`,
        content: splice(response({ verb: 'GetRecord', identifier: identifierOf(d, edition), metadataPrefix: f.prefix }, { GetRecord: { record } })),
      });
    }
  }
  return outputs;
}

function identifierOf(doc: DocumentModel, edition: EditionModel): string {
  return `${edition.baseUrl}${doc.id}/`;
}

function titleOf(edition: EditionModel): string {
  const docs = edition.documents;
  return docs.length === 1 ? `Digital edition: ${docs[0]!.metadata.title}` : `Digital edition (${docs.length} documents)`;
}
