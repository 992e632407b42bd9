// Find the Chromium the browser tests drive. Only a system browser is used: CHROME_PATH, else
// Debian's /usr/bin/chromium, installed with apt-get when we are root on Debian. Playwright's own
// browser downloads are never used.
import { accessSync, constants, existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from 'playwright-core';

export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Chromium switches for a quiet, offline, headless run in a container. */
export const LAUNCH_ARGS = Object.freeze([
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]);

function isExecutable(file) {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function run(command, args) {
  console.log(`$ ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} exited with ${result.status ?? result.signal}`);
  }
}

/**
 * The path of the Chromium to use. Prints one line saying which one and how it was found.
 * @returns {string}
 */
export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (isExecutable(fromEnv)) {
      console.log(`Browser: ${fromEnv} (from CHROME_PATH)`);
      return fromEnv;
    }
    console.warn(
      `CHROME_PATH=${fromEnv} is not an executable file; looking for ${SYSTEM_CHROMIUM}.`,
    );
  }
  if (isExecutable(SYSTEM_CHROMIUM)) {
    console.log(`Browser: ${SYSTEM_CHROMIUM} (Debian's chromium package)`);
    return SYSTEM_CHROMIUM;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const hasApt = existsSync('/usr/bin/apt-get') && existsSync('/etc/debian_version');
  if (isRoot && hasApt) {
    console.log(
      `${SYSTEM_CHROMIUM} is missing: installing Debian's chromium package with apt-get.`,
    );
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
    if (isExecutable(SYSTEM_CHROMIUM)) {
      console.log(`Browser: ${SYSTEM_CHROMIUM} (just installed with apt-get install chromium)`);
      return SYSTEM_CHROMIUM;
    }
    throw new Error(`apt-get install chromium finished but ${SYSTEM_CHROMIUM} is still missing.`);
  }
  throw new Error(
    `No Chromium found at ${SYSTEM_CHROMIUM}. Install Chromium: sudo apt-get install chromium, ` +
      'or set CHROME_PATH to a Chromium or Chrome executable.',
  );
}

/**
 * Launch headless Chromium with playwright-core.
 * @param {{ executablePath?: string }} [options] defaults to findChromium()
 */
export function launchBrowser({ executablePath = findChromium() } = {}) {
  // `headless: true` makes Playwright add --headless (and --hide-scrollbars) itself; our own
  // --headless in LAUNCH_ARGS is the same switch, so the two never disagree.
  return chromium.launch({ executablePath, headless: true, args: [...LAUNCH_ARGS] });
}
