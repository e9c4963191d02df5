/** bag-info.txt of a release, from the edition model: nothing is read from the TEI again. */
import type { EditionModel } from '../model/edition.js';
import { version } from '../version.js';
import { profileUri } from './profile.js';
import { humanSize, type Tags } from './tags.js';

export interface Payload {
  bytes: number;
  files: number;
}

export function bagInfo(edition: EditionModel, payload: Payload): Tags {
  const docs = edition.documents;
  const tags: [string, string][] = [];
  const publishers = [...new Set(docs.map((d) => d.metadata.publisher).filter((p): p is string => Boolean(p)))];
  for (const p of publishers) tags.push(['Source-Organization', p]);
  if (publishers.length === 0) tags.push(['Source-Organization', '(:unkn) the TEI header names no publisher']);
  if (edition.contactEmail) tags.push(['Contact-Email', edition.contactEmail]);
  const description = docs
    .map((d) => {
      const sub = d.metadata.titles.find((t) => t.type === 'sub')?.text;
      return `${d.metadata.title}${sub ? `: ${sub}` : ''}${d.metadata.version ? ` (version ${d.metadata.version})` : ''}`;
    })
    .join('; ');
  tags.push(['External-Description', `${description}. Built edition in data/edition/, TEI sources in data/tei/.`]);
  const identifiers = new Set<string>();
  if (edition.baseUrl) identifiers.add(edition.baseUrl);
  for (const d of docs) {
    if (d.uri) identifiers.add(d.uri);
    for (const i of d.metadata.identifiers) if (i.value) identifiers.add(i.value);
    if (d.metadata.identifiers.length === 0) identifiers.add(d.id);
  }
  for (const i of identifiers) tags.push(['External-Identifier', i]);
  if (edition.modified) tags.push(['Bagging-Date', edition.modified]);
  tags.push(['Bag-Software-Agent', `tei-edition ${version}`]);
  tags.push(['Payload-Oxum', `${payload.bytes}.${payload.files}`]);
  tags.push(['Bag-Size', humanSize(payload.bytes)]);
  tags.push(['BagIt-Profile-Identifier', profileUri(edition.baseUrl)]);
  return tags;
}
