/**
 * Chromium for the console's browser test: Debian's `chromium` package, installed here when it is missing and
 * this process may install packages (root with apt-get). Playwright (playwright-core) drives it; it never
 * downloads a browser of its own.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** The path of a Chromium, or why there is none. */
export function ensureChromium(): { path: string } | { missing: string } {
  const found = () => CANDIDATES.find((p) => existsSync(p));
  if (found()) return { path: found()! };
  if (process.getuid?.() !== 0 || !existsSync('/usr/bin/apt-get')) {
    return { missing: 'no Chromium at /usr/bin/chromium and no way to install it here (needs root and apt-get: apt-get install chromium)' };
  }
  const install = () => execFileSync('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'],
    { stdio: 'ignore', timeout: 600_000, env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    install();
  } catch {
    try {
      execFileSync('apt-get', ['update'], { stdio: 'ignore', timeout: 300_000 });
      install();
    } catch (err) {
      return { missing: `installing Debian's chromium failed: ${(err as Error).message.split('\n')[0]}` };
    }
  }
  return found() ? { path: found()! } : { missing: 'apt-get installed chromium but no binary was found' };
}

/**
 * Chromium's flags for a run as root on a machine without network beyond loopback (Playwright adds headless and
 * a fresh profile of its own).
 */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
