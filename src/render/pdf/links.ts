/**
 * Run in the print page before it is printed: links between the edition's pages become links
 * inside the PDF (an occurrence in a register, index.html#p12, goes to ¶ 12 in the same PDF),
 * and what the PDF does not hold becomes an absolute address under the base URL, or plain text
 * when the edition has none (a relative link means nothing in a PDF). External links stay.
 * Serialised by playwright: it must use nothing from its module.
 */
export function localLinks(options: { origin: string; folder: string; baseUrl: string | null }): void {
  for (const a of Array.from(document.querySelectorAll<HTMLAnchorElement>('a[href]'))) {
    const url = new URL(a.getAttribute('href')!, document.baseURI);
    if (url.origin !== options.origin) continue;
    const id = decodeURIComponent(url.hash.slice(1));
    if (url.pathname.startsWith(options.folder) && id && document.getElementById(id)) a.setAttribute('href', `#${encodeURIComponent(id)}`);
    else if (options.baseUrl) a.setAttribute('href', new URL(url.pathname.slice(1) + url.hash, options.baseUrl).href);
    else a.removeAttribute('href');
  }
}
