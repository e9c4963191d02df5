/**
 * Installs a Debian package for the tests that need a real tool (Chromium, epubcheck, poppler),
 * as root or through password-less sudo. A failure is only logged: the caller says what is missing.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export function aptInstall(pkg: string, log: (line: string) => void = () => undefined): void {
  const root = process.getuid?.() === 0;
  try {
    const apt = (...args: string[]) =>
      execFileSync(root ? 'apt-get' : 'sudo', root ? args : ['-n', 'apt-get', ...args], {
        stdio: ['ignore', 'ignore', 'inherit'],
        env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
      });
    apt('update', '-qq');
    apt('install', '-y', '-qq', '-o', 'DPkg::Lock::Timeout=300', pkg);
  } catch (err) {
    log(`apt-get failed: ${(err as Error).message.split('\n')[0]}`);
  }
}

/** May the tests install packages here: Debian's apt-get, as root or with password-less sudo, not refused by TEI_EDITION_NO_INSTALL. */
export function canAptInstall(env: NodeJS.ProcessEnv = process.env): boolean {
  if (!existsSync('/usr/bin/apt-get') || env['TEI_EDITION_NO_INSTALL']) return false;
  if (process.getuid?.() === 0) return true;
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
