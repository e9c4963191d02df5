/**
 * The EPUB tests run epubcheck (Debian's package `epubcheck`, a Java program). Like Chromium
 * (test/chromium.ts), the test command installs it on a fresh machine where it can (as root, or
 * with sudo that needs no password) and otherwise stops with what to install: the EPUB checks are
 * never skipped. Run once per `vitest run` from test/global-setup.ts.
 */
import { execFileSync } from 'node:child_process';
import { aptInstall, canAptInstall } from './apt.js';
import { existsSync } from 'node:fs';
import type { FindOptions } from './chromium.js';

export const debianEpubcheck = '/usr/share/java/epubcheck.jar';

/** The epubcheck jar (EPUBCHECK_JAR, else Debian's), installing Debian's package if it is missing. */
export function findEpubcheck(options: FindOptions = {}): string {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const wanted = env['EPUBCHECK_JAR'] || debianEpubcheck;
  if (existsSync(wanted) && javaRuns()) return wanted;
  const canInstall = options.canInstall ?? canAptInstall(env);
  if (canInstall) {
    log(`epubcheck is not at ${wanted}: installing Debian's epubcheck for the EPUB tests (apt-get install -y epubcheck)`);
    aptInstall('epubcheck', log);
    if (existsSync(debianEpubcheck) && javaRuns()) {
      log(`using ${debianEpubcheck}`);
      return debianEpubcheck;
    }
  }
  throw new Error(
    [
      `The EPUB tests (test/epub/) need epubcheck and Java, and there is no epubcheck at ${wanted}${existsSync(wanted) ? ' that Java can run' : ''}.`,
      'Install it, then run the tests again:',
      '    sudo apt-get install epubcheck        # Debian, Ubuntu (the tests install it themselves when run as root)',
      'or point EPUBCHECK_JAR at an epubcheck.jar (java must be on the PATH):',
      '    EPUBCHECK_JAR=/path/to/epubcheck.jar npm test',
    ].join('\n'),
  );
}

function javaRuns(): boolean {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
