/**
 * Problems that are not in a document: a missing input, an unusable schema, an output folder
 * that cannot be written. The CLI prints them with their hint and exits 2.
 */
export class UsageError extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.name = 'UsageError';
    this.hint = hint;
  }
}
