/**
 * Hostile pointers after the OWASP XSS filter evasion cheat sheet, as they would be written in a
 * TEI attribute (entities as written: the XML parser decodes them, as a browser's HTML parser
 * would). `kind` says what the edition must make of it.
 */
export interface PointerCase {
  name: string;
  /** The attribute value as written in the XML source. */
  xml: string;
  /** link: must stay a link; forbidden: a validation error, text in the edition; other: a warning, text. */
  kind: 'link' | 'forbidden' | 'other';
}

const js = 'alert(1)';

export const POINTER_CASES: readonly PointerCase[] = [
  { name: 'plain javascript:', xml: `javascript:${js}`, kind: 'forbidden' },
  { name: 'mixed case', xml: `JaVaScRiPt:${js}`, kind: 'forbidden' },
  { name: 'upper case', xml: `JAVASCRIPT:${js}`, kind: 'forbidden' },
  { name: 'leading space', xml: ` javascript:${js}`, kind: 'forbidden' },
  { name: 'leading tab entity', xml: `&#x09;javascript:${js}`, kind: 'forbidden' },
  { name: 'leading spaces, newline and tab entities', xml: `&#x20;&#x0A;&#x09; javascript:${js}`, kind: 'forbidden' },
  { name: 'embedded tab entity', xml: `jav&#x09;ascript:${js}`, kind: 'forbidden' },
  { name: 'embedded encoded tab, decimal', xml: `jav&#9;ascript:${js}`, kind: 'forbidden' },
  { name: 'embedded newline entity', xml: `jav&#x0A;ascript:${js}`, kind: 'forbidden' },
  { name: 'embedded carriage return entity', xml: `jav&#x0D;ascript:${js}`, kind: 'forbidden' },
  { name: 'tabs and newlines everywhere', xml: `&#x09;&#x0A;&#x0D; JaVa&#x09;ScRiPt&#x0A;:${js}&#x09;`, kind: 'forbidden' },
  { name: 'trailing tab entity', xml: `javascript:${js}&#x09;`, kind: 'forbidden' },
  { name: 'decimal entities', xml: '&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)', kind: 'forbidden' },
  { name: 'decimal entities with leading zeros', xml: '&#0000106;&#0000097;&#0000118;&#0000097;&#0000115;&#0000099;&#0000114;&#0000105;&#0000112;&#0000116;&#0000058;alert(1)', kind: 'forbidden' },
  { name: 'hex entities', xml: '&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(1)', kind: 'forbidden' },
  { name: 'hex entities with leading zeros', xml: '&#x0006A;&#x00061;&#x00076;&#x00061;&#x00073;&#x00063;&#x00072;&#x00069;&#x00070;&#x00074;&#x0003A;alert(1)', kind: 'forbidden' },
  { name: 'encoded colon', xml: `javascript&#x3A;${js}`, kind: 'forbidden' },
  { name: 'comment and newline after the scheme', xml: 'javascript://%0Aalert(1)', kind: 'forbidden' },
  { name: 'nested scheme javajavascript:script:', xml: `javajavascript:script:${js}`, kind: 'other' },
  { name: 'nested scheme jajavascriptvascript:', xml: `jajavascriptvascript:${js}`, kind: 'other' },
  { name: 'polyglot', xml: `javascript:/*--&gt;&lt;/title&gt;&lt;/style&gt;&lt;/textarea&gt;&lt;/script&gt;&lt;svg/onload='+/"/+/onmouseover=1/+/[*/[]/+alert(1)//'&gt;`.replace('"', '&quot;'), kind: 'forbidden' },
  { name: 'livescript:', xml: `livescript:${js}`, kind: 'forbidden' },
  { name: 'vbscript:', xml: 'vbscript:msgbox(1)', kind: 'forbidden' },
  { name: 'VBScript: mixed case', xml: 'VBScript:msgbox(1)', kind: 'forbidden' },
  { name: 'data: text/html base64', xml: 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==', kind: 'forbidden' },
  { name: 'data: text/html with a script', xml: 'data:text/html,&lt;script&gt;alert(1)&lt;/script&gt;', kind: 'forbidden' },
  { name: 'DATA: upper case, leading tab', xml: '&#9;DATA:text/html,&lt;svg onload=alert(1)&gt;', kind: 'forbidden' },
  { name: 'data: image/svg+xml', xml: 'data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+', kind: 'forbidden' },
  { name: 'file:', xml: 'file:///etc/passwd', kind: 'forbidden' },
  { name: 'blob:', xml: 'blob:https://example.org/550e8400-e29b-41d4-a716-446655440000', kind: 'forbidden' },
  { name: 'filesystem:', xml: 'filesystem:https://example.org/temporary/x.html', kind: 'forbidden' },
  { name: 'view-source:', xml: 'view-source:https://example.org/', kind: 'forbidden' },
  { name: 'network path //host', xml: '//evil.example/x.html', kind: 'other' },
  { name: 'network path with backslashes', xml: '\\\\evil.example\\x.html', kind: 'other' },
  { name: 'network path, tab inside', xml: '/&#x09;/evil.example/x.html', kind: 'other' },
  { name: 'a private prefix that expands to javascript:', xml: `x:${js}`, kind: 'forbidden' },
  { name: 'urn:cts (kept as text)', xml: 'urn:cts:greekLit:tlg0012.tlg001:1.1', kind: 'other' },
  { name: 'doi: (kept as text)', xml: 'doi:10.1000/182', kind: 'other' },
  { name: 'info: (kept as text)', xml: 'info:lccn/2002022641', kind: 'other' },
  { name: 'a prefix whose pattern is no regular expression (kept as text)', xml: 'bad:abc', kind: 'other' },
  // What must stay a link.
  { name: 'https', xml: 'https://example.org/a?b=c#d', kind: 'link' },
  { name: 'HTTP upper case', xml: 'HTTP://example.org/', kind: 'link' },
  { name: 'mailto', xml: 'mailto:editor@example.org', kind: 'link' },
  { name: 'relative path', xml: '../source/page.txt', kind: 'link' },
  { name: 'a file named like a scheme, relative', xml: './javascript:alert(1)', kind: 'link' },
  { name: 'a private prefix that expands to https', xml: 'wd:Q1394', kind: 'link' },
  { name: 'a prefix whose pattern matches the empty rest', xml: 'e:', kind: 'link' },
  // Already harmless before the policy (the serializer escapes, the URL is relative): kept as guards.
  { name: 'double-encoded entity (a relative URL)', xml: `&amp;#106;avascript:${js}`, kind: 'link' },
  { name: 'quote and tag breaking out of the attribute', xml: '"&gt;&lt;script&gt;alert(1)&lt;/script&gt;'.replace('"', '&quot;'), kind: 'link' },
];

/** The header's prefixes the cases use. */
export const PREFIXES = `<encodingDesc><listPrefixDef>
  <prefixDef ident="x" matchPattern="(.+)" replacementPattern="javascript:$1"/>
  <prefixDef ident="wd" matchPattern="(Q[0-9]+)" replacementPattern="https://www.wikidata.org/wiki/$1"/>
  <prefixDef ident="bad" matchPattern="([a-z" replacementPattern="javascript:$1"/>
  <prefixDef ident="e" matchPattern="(.*)" replacementPattern="https://example.org/$1"/>
</listPrefixDef></encodingDesc>`;
