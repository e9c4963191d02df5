/** Where the e-books are in dist/ (kept apart so that the citation metadata can link them without importing the renderer). */
export const EPUB_TYPE = 'application/epub+zip';
/** A document's e-book. */
export const epubPath = (docId: string): string => `${docId}/${docId}.epub`;
/** The edition's e-book, when it holds several documents. */
export const EDITION_EPUB = 'edition.epub';
