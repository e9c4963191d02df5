/**
 * The browser tests need Chromium (Debian's, driven by playwright-core; never a downloaded
 * browser). On a fresh machine the test command installs it where it can (as root, with
 * apt-get, or with sudo when it needs no password), and otherwise stops with exactly what to install: it never skips the tests.
 * Run once per `vitest run` from test/global-setup.ts.
 */
import { aptInstall, canAptInstall } from './apt.js';
import { existsSync } from 'node:fs';

export const debianChromium = '/usr/bin/chromium';

export interface FindOptions {
  env?: NodeJS.ProcessEnv;
  /** May we run apt-get? (root or password-less sudo, apt-get present, TEI_EDITION_NO_INSTALL unset) */
  canInstall?: boolean;
  log?: (line: string) => void;
}

/** Where Chromium is (CHROMIUM_PATH, else Debian's), installing Debian's if it is missing. */
export function findChromium(options: FindOptions = {}): string {
  const env = options.env ?? process.env;
  const log = options.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const wanted = env['CHROMIUM_PATH'] || debianChromium;
  if (existsSync(wanted)) return wanted;
  const canInstall = options.canInstall ?? canAptInstall(env);
  if (canInstall) {
    log(`Chromium is not at ${wanted}: installing Debian's chromium for the browser tests (apt-get install -y chromium)`);
    aptInstall('chromium', log);
    if (existsSync(debianChromium)) {
      log(`using ${debianChromium}`);
      return debianChromium;
    }
  }
  throw new Error(
    [
      `The browser tests (test/html/) need Chromium, and there is none at ${wanted}.`,
      'Install it, then run the tests again:',
      '    sudo apt-get install chromium        # Debian, Ubuntu (the tests install it themselves when run as root)',
      'or point CHROMIUM_PATH at a Chromium or Chrome binary:',
      '    CHROMIUM_PATH=/path/to/chromium npm test',
    ].join('\n'),
  );
}
