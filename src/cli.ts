/** The command line: flags → options → build() or check(); messages → exit code. Nothing else. */
import { Command, CommanderError, Option } from 'commander';
// The commands' modules load when their command runs: a build with nothing to do loads no renderer.
import type { BuildOptions, BuildResult } from './build.js';
import { parseShard } from './build/shard-spec.js';
import { progressLine } from './build/progress.js';
import { UsageError } from './errors.js';
import type { Message } from './message.js';
import { formatJson, formatJsonWithSchemas, formatSchemaNotes, formatText, summary, type SchemaNote } from './report.js';
import type { TeiFile } from './file.js';
import { judgedBy } from './validate/judged.js';
import { describeChoice } from './validate/schema-choice.js';
import { parseLimitFlags } from './load/limits.js';
import { version } from './version.js';

/** Exit codes: 0 all good, 1 a document has errors, 2 usage or I/O problem. */
export const EXIT = { ok: 0, documentErrors: 1, usage: 2 } as const;

interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  color: boolean;
  /** stderr is a terminal: a build draws its progress line there. */
  progress?: boolean;
  /** The terminal's width, for the progress line. */
  columns?: number;
}

/** Colour only on a terminal, and never when NO_COLOR is set to anything (no-color.org). */
export function colorEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv): boolean {
  return Boolean(stream.isTTY) && !env['NO_COLOR'];
}

/** `--limit NAME=N`, repeatable: raises a load limit (README, "Limits"). */
function limitOption(): Option {
  return new Option('--limit <name=n>', 'raise a load limit: depth, attribute, elements, text, file-size (repeatable)')
    .argParser((value: string, previous: string[] = []) => [...previous, value]);
}

/** `--catalog FILE`, repeatable: OASIS XML catalogs for the schemas documents declare. */
function catalogOption(): Option {
  return new Option('--catalog <file>', 'an OASIS XML catalog mapping declared schema URLs to local files (repeatable; XML_CATALOG_FILES too)')
    .argParser((value: string, previous: string[] = []) => [...previous, value]);
}

const catalogsOf = (flags: string[] | undefined) => (flags?.length ? { catalogs: flags } : {});

const limitsOf = (flags: string[] | undefined) => (flags?.length ? { limits: parseLimitFlags(flags) } : {});

const defaultIo = (): Io => ({
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  color: colorEnabled(process.stdout, process.env),
  progress: Boolean(process.stderr.isTTY),
  columns: process.stderr.columns ?? 80,
});

export async function main(argv: readonly string[], io: Io = defaultIo()): Promise<number> {
  let code: number = EXIT.ok;
  const program = new Command('tei-edition')
    .description('Turn TEI P5 documents into a validated, citable scholarly digital edition.')
    .version(version, '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .showHelpAfterError('(run tei-edition --help for usage)');

  program
    .command('build')
    .description('validate TEI documents and build the edition into the output folder')
    .argument('[input...]', 'TEI files or folders of them', ['tei'])
    .option('-o, --out <dir>', 'output folder, replaced atomically when every document succeeds', 'dist')
    .option('--schema <file.rng>', 'validate against this RelaxNG schema instead of the project schema')
    .option('--base-url <url>', "the edition's published address: citations, metadata and exports carry absolute URLs under it")
    .option('--contact-email <address>', 'an e-mail address for harvesters (OAI-PMH adminEmail) and archives (Contact-Email)')
    .option('--oai-gateway <url>', 'the OAI Static Repository Gateway that serves oai/static-repository.xml to harvesters')
    .option('--ui-lang <code>', "the pages' interface language (en, nl, de); default: the uiLang of a tei-edition.json beside the documents, else en")
    .option('--pdf', 'also print each document to <doc-id>/<doc-id>.pdf with Chromium (CHROMIUM_PATH, else /usr/bin/chromium)')
    .addOption(new Option('--format <format>', 'how to print problems').choices(['text', 'json']).default('text'))
    .option('--shard <i/n>', 'build only share i of n of the documents (by a hash of each id), for tei-edition merge')
    .option('-q, --quiet', 'no progress line, no closing summary line')
    .addOption(limitOption())
    .addOption(catalogOption())
    .action(async (inputs: string[], opts: { out: string; schema?: string; baseUrl?: string; format: 'text' | 'json'; limit?: string[]; contactEmail?: string; oaiGateway?: string; shard?: string; quiet?: boolean; catalog?: string[]; uiLang?: string; pdf?: boolean }) => {
      const line = io.progress && !opts.quiet ? progressLine(io.stderr, io.columns) : undefined;
      let result: BuildResult;
      try {
        const options: BuildOptions = {
          inputs,
          ...limitsOf(opts.limit),
          ...catalogsOf(opts.catalog),
          out: opts.out,
          ...(opts.schema ? { schema: opts.schema } : {}),
          ...(opts.baseUrl !== undefined ? { baseUrl: opts.baseUrl } : {}),
          ...(opts.contactEmail !== undefined ? { contactEmail: opts.contactEmail } : {}),
          ...(opts.oaiGateway !== undefined ? { oaiGateway: opts.oaiGateway } : {}),
          ...(opts.uiLang !== undefined ? { uiLang: opts.uiLang } : {}),
          ...(opts.pdf ? { pdf: true } : {}),
          ...(opts.shard !== undefined ? { shard: parseShard(opts.shard) } : {}),
          ...(line ? { progress: line.update } : {}),
        };
        const { upToDate } = await import('./build/unchanged.js');
        result = (await upToDate(options)) ?? (await (await import('./build.js')).build(options));
      } finally {
        line?.end();
      }
      code = reportBuild(result, opts.format, Boolean(opts.quiet), io);
    });

  program
    .command('merge')
    .description('join the outputs of build --shard i/n into one edition, writing the corpus-wide pages')
    .argument('<shard...>', 'the output folders of every shard')
    .option('-o, --out <dir>', 'output folder, replaced atomically', 'dist')
    .addOption(new Option('--format <format>', 'how to print problems').choices(['text', 'json']).default('text'))
    .option('-q, --quiet', 'no closing summary line')
    .action(async (shards: string[], opts: { out: string; format: 'text' | 'json'; quiet?: boolean }) => {
      const { merge } = await import('./build.js');
      code = reportBuild(await merge({ shards, out: opts.out }), opts.format, Boolean(opts.quiet), io);
    });

  // watch and serve: one command with two spellings (serve = watch --serve); both run until SIGINT
  for (const name of ['watch', 'serve'] as const) {
    const cmd = program
      .command(name)
      .description(name === 'watch' ? 'build, then rebuild whenever a TEI file, a stylesheet or the schema changes' : 'build, serve the edition on 127.0.0.1 and reload open pages after every rebuild (watch --serve)')
      .argument('[input...]', 'TEI files or folders of them', ['tei'])
      .option('-o, --out <dir>', 'output folder, replaced atomically after every good build', 'dist')
      .option('--schema <file.rng>', 'validate against this RelaxNG schema instead of the project schema')
      .option('--base-url <url>', "the edition's published address")
      .option('--port <n>', 'the port to serve on (0: any free port)', '8080')
      .option('--host <address>', 'the address to serve on (other machines can reach anything but 127.0.0.1)', '127.0.0.1');
    if (name === 'watch') cmd.option('--serve', 'also serve the output folder with live reload');
    cmd.action(async (inputs: string[], opts: { out: string; schema?: string; baseUrl?: string; port: string; host: string; serve?: boolean }) => {
      const port = Number(opts.port);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port ${opts.port} is not a port number`, 'give a number from 0 to 65535');
      const { preview } = await import('./serve/index.js');
      const running = await preview(
        {
          inputs,
          out: opts.out,
          ...(opts.schema ? { schema: opts.schema } : {}),
          ...(opts.baseUrl !== undefined ? { baseUrl: opts.baseUrl } : {}),
          serve: name === 'serve' || Boolean(opts.serve),
          port,
          host: opts.host,
        },
        {
          built(event, messages) {
            if (messages.length > 0) io.stdout(`${formatText(messages, { color: io.color })}\n`);
            const took = `${Math.round(event.ms)} ms`;
            const why = event.changed.length > 0 ? ` after ${event.changed.length} change(s)` : '';
            if (event.failure) io.stderr(`tei-edition: ${event.failure}\n`);
            if (event.result?.written) io.stderr(`built ${event.result.files.length} document(s) into ${event.result.out}/ in ${took}${why}\n`);
            else io.stderr(`nothing written (${took}${why}): ${opts.out}/ keeps the last good build\n`);
          },
        },
      );
      if (running.url) io.stderr(`serving ${opts.out}/ at ${running.url} (live reload; Ctrl-C stops)\n`);
      else io.stderr('watching for changes (Ctrl-C stops)\n');
      await new Promise<void>((resolve) => {
        const stop = () => {
          process.off('SIGINT', stop);
          process.off('SIGTERM', stop);
          resolve();
        };
        process.on('SIGINT', stop);
        process.on('SIGTERM', stop);
      });
      await running.close();
      io.stderr('stopped\n');
    });
  }

  program
    .command('validate')
    .description('check TEI documents: well-formedness, the schema, and the edition rules')
    .argument('[input...]', 'TEI files or folders of them', ['tei'])
    .option('--schema <file.rng>', 'validate against this RelaxNG schema instead of the project schema')
    .addOption(new Option('--format <format>', 'how to print problems').choices(['text', 'json']).default('text'))
    .addOption(limitOption())
    .addOption(catalogOption())
    .action(async (inputs: string[], opts: { schema?: string; format: 'text' | 'json'; limit?: string[]; catalog?: string[] }) => {
      const { check } = await import('./build.js');
      const files = await check({ inputs, ...limitsOf(opts.limit), ...catalogsOf(opts.catalog), ...(opts.schema ? { schema: opts.schema } : {}) });
      code = report(files.flatMap((f) => f.messages), files.length, opts.format, io, schemaNotes(files));
    });

  program
    .command('summary')
    .description('count what an edition holds: register entries, mentions, dates, notes, speech, corrections')
    .argument('[input...]', 'TEI files or folders of them', ['tei'])
    .addOption(new Option('--format <format>', 'text or json').choices(['text', 'json']).default('text'))
    .addOption(limitOption())
    .addOption(catalogOption())
    .option('--schema <file.rng>', 'validate against this RelaxNG schema instead of the one each document declares or the project schema')
    .action(async (inputs: string[], opts: { format: 'text' | 'json'; limit?: string[]; catalog?: string[]; schema?: string }) => {
      const { check } = await import('./build.js');
      const { formatSummary, summarize } = await import('./summary.js');
      const files = await check({ inputs, ...limitsOf(opts.limit), ...catalogsOf(opts.catalog), ...(opts.schema ? { schema: opts.schema } : {}) });
      const broken = files.filter((f) => !f.wellFormed || !f.isTei);
      code = broken.length > 0 ? report(broken.flatMap((f) => f.messages), broken.length, 'text', io) : EXIT.ok;
      const summaries = files.filter((f) => f.wellFormed && f.isTei).map(summarize);
      io.stdout(opts.format === 'json' ? `${JSON.stringify(summaries, null, 2)}\n` : `${summaries.map(formatSummary).join('\n\n')}\n`);
    });

  program
    .command('package')
    .description('build the edition and write a BagIt 1.0 bag of it (built edition, TEI sources, schema) as one .zip')
    .argument('[input...]', 'TEI files or folders of them', ['tei'])
    .option('-o, --out <file.zip>', 'the bag to write (default <document id>-<version>.zip)')
    .option('--schema <file.rng>', 'validate against this RelaxNG schema instead of the project schema')
    .option('--base-url <url>', "the edition's published address (the bag names its profile under it)")
    .option('--contact-email <address>', 'an e-mail address for harvesters and archives (Contact-Email)')
    .option('--oai-gateway <url>', 'the OAI Static Repository Gateway that serves oai/static-repository.xml to harvesters')
    .addOption(new Option('--format <format>', 'how to print problems').choices(['text', 'json']).default('text'))
    .addOption(catalogOption())
    .action(async (inputs: string[], opts: { out?: string; schema?: string; baseUrl?: string; contactEmail?: string; oaiGateway?: string; format: 'text' | 'json'; catalog?: string[] }) => {
      const { packageEdition } = await import('./package/package.js');
      const result = await packageEdition({
        inputs,
        ...catalogsOf(opts.catalog),
        ...(opts.out ? { out: opts.out } : {}),
        ...(opts.schema ? { schema: opts.schema } : {}),
        ...(opts.baseUrl !== undefined ? { baseUrl: opts.baseUrl } : {}),
        ...(opts.contactEmail !== undefined ? { contactEmail: opts.contactEmail } : {}),
        ...(opts.oaiGateway !== undefined ? { oaiGateway: opts.oaiGateway } : {}),
      });
      code = report(result.files.flatMap((f) => f.messages), result.files.length, opts.format, io, schemaNotes(result.files));
      if (result.written) io.stderr(`packaged ${result.payload.files} files (${result.payload.bytes} bytes) into ${result.out} (${result.size} bytes)\n`);
      else io.stderr('nothing written: the edition did not build\n');
    });

  program
    .command('verify')
    .description('check a bag (folder or .zip): declaration, manifests, every checksum, Payload-Oxum, the profile')
    .argument('<bag>', 'a bag folder or a .zip of one')
    .addOption(new Option('--format <format>', 'how to print problems').choices(['text', 'json']).default('text'))
    .action(async (bag: string, opts: { format: 'text' | 'json' }) => {
      const { verify } = await import('./package/verify.js');
      const result = await verify(bag);
      if (opts.format === 'json') io.stdout(`${formatJson(result.messages)}\n`);
      else if (result.messages.length > 0) io.stdout(`${formatText(result.messages, { color: io.color })}\n`);
      const n = result.messages.length;
      io.stderr(n === 0 ? `${bag}: valid bag, ${result.payload.files} payload files, ${result.payload.bytes} bytes\n` : `${bag}: ${n} problem${n === 1 ? '' : 's'}: not a valid bag\n`);
      code = n === 0 ? EXIT.ok : EXIT.documentErrors;
    });

  try {
    await program.parseAsync(['node', 'tei-edition', ...argv]);
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (err instanceof UsageError) {
      io.stderr(`tei-edition: ${err.message}\n${err.hint ? `    hint: ${err.hint}\n` : ''}`);
      return EXIT.usage;
    }
    io.stderr(`tei-edition: ${(err as Error).message}\n`);
    return EXIT.usage;
  }
  return code;
}

/** A build's problems, then what it did; with --format json, one object: messages and the summary. */
function reportBuild(result: BuildResult, format: 'text' | 'json', quiet: boolean, io: Io): number {
  const notes = schemaNotes(result.files);
  const messages = result.files.flatMap((f) => f.messages);
  const n = result.files.length;
  if (format === 'json') {
    const summary = { documents: n, written: result.written, changed: result.changed ?? result.written, rendered: result.rendered ?? [], out: result.out, times: result.times ?? null };
    io.stdout(`${JSON.stringify({ messages: JSON.parse(formatJsonWithSchemas(messages, notes)), summary }, null, 2)}\n`);
    return messages.some((m) => m.severity === 'error') ? EXIT.documentErrors : EXIT.ok;
  }
  const code = report(messages, n, 'text', io, notes);
  if (quiet) return code;
  if (!result.written) io.stderr(`nothing written: ${result.out}/ is unchanged\n`);
  else if (result.changed === false) io.stderr(`nothing changed: ${result.out}/ is already this edition, nothing written\n`);
  else {
    const rendered = result.rendered?.length ?? n;
    const shown = rendered === n ? '' : ` (${rendered} rendered, ${n - rendered} unchanged)`;
    io.stderr(`built ${n} document(s) into ${result.out}/${shown}\n`);
  }
  return code;
}

function report(messages: Message[], documents: number, format: 'text' | 'json', io: Io, notes: SchemaNote[] = []): number {
  if (format === 'json') io.stdout(`${formatJsonWithSchemas(messages, notes)}\n`);
  else {
    if (messages.length > 0) io.stdout(`${formatText(messages, { color: io.color })}\n`);
    if (notes.length > 0) io.stderr(`${formatSchemaNotes(notes)}\n`);
    io.stderr(`${summary(messages, documents)}\n`);
  }
  return messages.some((m) => m.severity === 'error') ? EXIT.documentErrors : EXIT.ok;
}

/** Which schema judged each document (none for a document validation never reached). */
function schemaNotes(files: readonly TeiFile[]): SchemaNote[] {
  const notes: SchemaNote[] = [];
  for (const file of files) {
    const judged = judgedBy(file);
    if (!judged) continue;
    notes.push({
      file: file.path,
      schema: judged.path,
      description: describeChoice(judged),
      how: judged.how,
      ...(judged.href !== undefined ? { href: judged.href } : {}),
      ...(judged.catalog !== undefined ? { catalog: judged.catalog } : {}),
      pruned: judged.pruned,
    });
  }
  return notes;
}
