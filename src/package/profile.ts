/**
 * The BagIt Profile (BagIt Profiles 1.4.0) that every release bag of the toolkit follows. It is
 * published with the edition (dist/bagit-profile-1.0.json), each bag names it in bag-info.txt,
 * and `verify` checks a bag against the same object, so the published rules and the checked
 * rules cannot drift apart.
 */
import type { EditionModel } from '../model/edition.js';
import type { Output } from '../render/output.js';
import { ALGORITHM } from './manifest.js';

/** Versioned, as the specification recommends: a change of rules gets a new file. */
export const PROFILE_VERSION = '1.0';
export const PROFILE_FILE = `bagit-profile-${PROFILE_VERSION}.json`;
/** Where the edition sits inside the bag's payload. */
export const EDITION_DIR = 'data/edition';

/** The profile's URI: under the base URL, or relative to the edition's root without one. */
export function profileUri(baseUrl: string | null): string {
  return `${baseUrl ?? ''}${PROFILE_FILE}`;
}

export interface BagInfoRule {
  required?: boolean;
  repeatable?: boolean;
  values?: string[];
  description: string;
}

export interface BagitProfile {
  'BagIt-Profile-Info': Record<string, string>;
  'Bag-Info': Record<string, BagInfoRule>;
  'Manifests-Required': string[];
  'Manifests-Allowed': string[];
  'Tag-Manifests-Required': string[];
  'Tag-Manifests-Allowed': string[];
  'Tag-Files-Required': string[];
  'Tag-Files-Allowed': string[];
  'Payload-Files-Required': string[];
  'Allow-Fetch.txt': boolean;
  'Data-Empty': boolean;
  Serialization: 'forbidden' | 'required' | 'optional';
  'Accept-Serialization': string[];
  'Accept-BagIt-Version': string[];
}

export function bagitProfile(identifier: string): BagitProfile {
  return {
    'BagIt-Profile-Info': {
      'BagIt-Profile-Identifier': identifier,
      'BagIt-Profile-Version': '1.4.0',
      'Source-Organization': 'tei-edition',
      'External-Description':
        'Release packages of a digital edition made with tei-edition: the built edition, its TEI sources and schema, with SHA-512 fixity for every file.',
      Version: PROFILE_VERSION,
    },
    'Bag-Info': {
      'Source-Organization': { required: true, repeatable: false, description: 'The publisher named in the TEI header (publicationStmt).' },
      'External-Description': { required: true, repeatable: false, description: 'The titles of the edition\'s documents.' },
      'External-Identifier': { required: true, repeatable: true, description: 'The edition\'s base URL and the identifiers (idno) of its documents.' },
      'Bagging-Date': { required: true, repeatable: false, description: 'The latest revisionDesc/change/@when of the sources: the date of the release, never the clock.' },
      'Payload-Oxum': { required: true, repeatable: false, description: 'Octet count and file count of data/.' },
      'Bag-Size': { required: true, repeatable: false, description: 'The payload\'s size, for people.' },
      'Bag-Software-Agent': { required: false, repeatable: false, description: 'The toolkit and version that wrote the bag.' },
      'Contact-Name': { required: false, repeatable: true, description: 'Who answers for the edition, where the header says.' },
      'Contact-Email': { required: false, repeatable: true, description: 'Their address, where the header says.' },
    },
    'Manifests-Required': [ALGORITHM],
    'Manifests-Allowed': [ALGORITHM],
    'Tag-Manifests-Required': [ALGORITHM],
    'Tag-Manifests-Allowed': [ALGORITHM],
    'Tag-Files-Required': [],
    'Tag-Files-Allowed': ['bagit.txt', 'bag-info.txt', `manifest-${ALGORITHM}.txt`, `tagmanifest-${ALGORITHM}.txt`],
    'Payload-Files-Required': [`${EDITION_DIR}/index.html`, `${EDITION_DIR}/${PROFILE_FILE}`, 'data/tei/'],
    'Allow-Fetch.txt': false,
    'Data-Empty': false,
    Serialization: 'optional',
    'Accept-Serialization': ['application/zip'],
    'Accept-BagIt-Version': ['1.0'],
  };
}

/** dist/bagit-profile-1.0.json: the profile, published with the edition it describes. */
export function renderBagitProfile(_files: unknown, edition: EditionModel): Output[] {
  return [{ path: PROFILE_FILE, content: `${JSON.stringify(bagitProfile(profileUri(edition.baseUrl)), null, 2)}\n` }];
}
