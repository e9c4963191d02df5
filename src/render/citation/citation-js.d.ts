// citation-js ships no types: what this project uses of it.
declare module '@citation-js/name' {
  export function parse(name: string): Record<string, string> | undefined;
}
declare module '@citation-js/core' {
  export class Cite {
    constructor(data: unknown, options?: Record<string, unknown>);
    data: Record<string, unknown>[];
    format(format: string, options?: Record<string, unknown>): string;
    static async(data: unknown): Promise<Cite>;
  }
  export const plugins: {
    config: { get(name: string): { styles: { add(name: string, xml: string): void; has(name: string): boolean } } & Record<string, any> };
    output: { format(name: string, data: unknown, options?: Record<string, unknown>): unknown };
  };
}
declare module '@citation-js/plugin-csl';
declare module '@citation-js/plugin-bibtex';
declare module '@citation-js/plugin-ris';
declare module '@citation-js/plugin-cff';
