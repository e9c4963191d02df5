/** XSD validation with xmllint-wasm against the schemas in ../shared/schemas (see its README). */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { shared } from '../helpers.js';

export const schemas = path.join(shared, 'schemas');

const file = (dir: string, name: string, as = name) => ({ fileName: as, contents: readFileSync(path.join(dir, name), 'utf8') });

/**
 * OAI-PMH's <metadata> is validated strictly, so the "tei" format needs a declaration of
 * teiHeader. This stub (written by the tests, not TEI's) accepts any content: the envelope is
 * what is checked here; the header itself is the source's, valid against the TEI schema.
 */
const teiStub = `<?xml version="1.0" encoding="UTF-8"?>
<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema" targetNamespace="http://www.tei-c.org/ns/1.0" elementFormDefault="qualified">
  <xs:element name="teiHeader"><xs:complexType mixed="true"><xs:sequence><xs:any processContents="skip" minOccurs="0" maxOccurs="unbounded"/></xs:sequence><xs:anyAttribute processContents="skip"/></xs:complexType></xs:element>
</xs:schema>`;

function driver(imports: Record<string, string>): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">\n${Object.entries(imports)
    .map(([ns, loc]) => `  <xs:import namespace="${ns}" schemaLocation="${loc}"/>`)
    .join('\n')}\n</xs:schema>`;
}

const OAI_DC = { 'http://www.openarchives.org/OAI/2.0/oai_dc/': 'oai_dc.xsd', 'http://www.tei-c.org/ns/1.0': 'tei-stub.xsd' };

export async function validateOai(docs: { name: string; xml: string }[], kind: 'static' | 'response'): Promise<string[]> {
  const dir = path.join(schemas, 'oai-pmh');
  const envelope = kind === 'static' ? { 'http://www.openarchives.org/OAI/2.0/static-repository': 'static-repository.xsd' } : { 'http://www.openarchives.org/OAI/2.0/': 'OAI-PMH.xsd' };
  const preload = ['OAI-PMH.xsd', 'oai_dc.xsd', 'simpledc20021212.xsd', 'xml.xsd', 'oai-identifier.xsd', 'static-repository.xsd', 'OAI-PMH-static-repository.xsd'].map((n) => file(dir, n));
  const result = await validateXML({
    xml: docs.map((d) => ({ fileName: d.name, contents: d.xml })),
    schema: [{ fileName: 'driver.xsd', contents: driver({ ...envelope, ...OAI_DC }) }],
    preload: [...preload, { fileName: 'tei-stub.xsd', contents: teiStub }],
  });
  return result.errors.map((e) => `${e.loc?.fileName}:${e.loc?.lineNumber} ${e.message}`);
}

export async function validateDatacite(docs: { name: string; xml: string }[]): Promise<string[]> {
  const dir = path.join(schemas, 'datacite');
  const includes = readdirSync(path.join(dir, 'include')).map((n) => file(path.join(dir, 'include'), n, `include/${n}`));
  const result = await validateXML({
    xml: docs.map((d) => ({ fileName: d.name, contents: d.xml })),
    schema: [file(dir, 'metadata.xsd')],
    preload: includes,
  });
  return result.errors.map((e) => `${e.loc?.fileName}:${e.loc?.lineNumber} ${e.message}`);
}
