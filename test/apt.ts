/**
 * Installs a Debian package for the tests that need a real tool (Chromium, epubcheck, poppler),
 * as root or through password-less sudo. A failure is only logged: the caller says what is missing.
 */
import { execFileSync } from 'node:child_process';

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
