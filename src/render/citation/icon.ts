/** The edition's icon: without one, every page load asks the server for a /favicon.ico it lacks. */
export const ICON_PATH = 'assets/icon.svg';

/** An open book in the edition's ink colour, drawn for the edition (no other project's file). */
export function icon(): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32" role="img" aria-label="tei-edition">
<rect width="32" height="32" rx="6" fill="#1f2a44"/>
<path d="M6 9c4-1.5 7-1 10 1.2C19 8 22 7.5 26 9v14c-4-1.5-7-1-10 1.2C13 22 10 21.5 6 23z" fill="#f6f1e7"/>
<path d="M16 10.2v14" stroke="#1f2a44" stroke-width="1.2"/>
</svg>
`;
}
