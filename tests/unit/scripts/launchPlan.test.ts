/**
 * `npm start`'s decision, with every probe faked: which runtime opens and the one line it prints.
 */
import { describe, expect, it, vi } from 'vitest';
import { decideLaunch, LAUNCH_TEXT, type FetchResult, type LaunchProbes } from '../../../scripts/launch/launchPlan.mjs';

const ELECTRON = '/repo/node_modules/electron/dist/electron';
const CHROMIUM = '/usr/bin/chromium';

function probes(overrides: Partial<LaunchProbes> & { installed?: boolean; fetchResult?: FetchResult } = {}) {
  const lines: string[] = [];
  let installed = overrides.installed ?? false;
  const fetchResult = overrides.fetchResult ?? { ok: false, reason: 'no connection to its download server' };
  const fetchElectron = vi.fn(async () => {
    if (fetchResult.ok) installed = true;
    return fetchResult;
  });
  const given: LaunchProbes = {
    platform: 'linux',
    hasDisplay: true,
    electronBinary: () => (installed ? ELECTRON : null),
    skipFetch: false,
    fetchElectron,
    chromiumPath: () => CHROMIUM,
    snapChromium: false,
    say: (line) => lines.push(line),
    ...overrides,
  };
  return { given, lines, fetchElectron };
}

describe('decideLaunch', () => {
  it('opens Electron at once when its binary is present, without fetching', async () => {
    const { given, lines, fetchElectron } = probes({ installed: true });
    expect(await decideLaunch(given)).toEqual({ kind: 'electron', binary: ELECTRON });
    expect(lines).toEqual([LAUNCH_TEXT.starting]);
    expect(fetchElectron).not.toHaveBeenCalled();
  });

  it('fetches a missing Electron with one line, then opens it', async () => {
    const { given, lines, fetchElectron } = probes({ fetchResult: { ok: true } });
    expect(await decideLaunch(given)).toEqual({ kind: 'electron', binary: ELECTRON });
    expect(fetchElectron).toHaveBeenCalledTimes(1);
    expect(lines).toEqual(['Electron is not installed yet: fetching it with its installer (about 100 MB, once)…']);
  });

  it('falls back to the Chromium shell when the fetch fails, saying why and how to get Electron later', async () => {
    const { given, lines } = probes();
    expect(await decideLaunch(given)).toEqual({ kind: 'shell', chromium: CHROMIUM });
    expect(lines).toEqual([
      LAUNCH_TEXT.fetching,
      'Electron could not be fetched (no connection to its download server): opening Readiness Room in the Chromium shell instead — to get the desktop app, run `npx install-electron` when online, then `npm start`.',
    ]);
  });

  it('does not trust an installer that reports success but leaves no binary', async () => {
    const { given, lines } = probes({ electronBinary: () => null, fetchResult: { ok: true } });
    expect(await decideLaunch(given)).toEqual({ kind: 'shell', chromium: CHROMIUM });
    expect(lines[1]).toContain('(the installer finished but left no Electron binary)');
  });

  it('does not fetch when ELECTRON_SKIP_BINARY_DOWNLOAD is set', async () => {
    const { given, lines, fetchElectron } = probes({ skipFetch: true });
    expect(await decideLaunch(given)).toEqual({ kind: 'shell', chromium: CHROMIUM });
    expect(fetchElectron).not.toHaveBeenCalled();
    expect(lines).toEqual([LAUNCH_TEXT.shell('ELECTRON_SKIP_BINARY_DOWNLOAD is set')]);
  });

  it('stops with one line on a Linux without a display, before fetching anything', async () => {
    const { given, lines, fetchElectron } = probes({ hasDisplay: false, installed: true });
    expect(await decideLaunch(given)).toEqual({ kind: 'fail', message: 'No display found: Readiness Room needs a desktop — run it from a desktop session, or under Xvfb: xvfb-run -a npm start' });
    expect(lines).toEqual([]);
    expect(fetchElectron).not.toHaveBeenCalled();
  });

  it('with no Chromium on Debian-like Linux, names apt and the retry', async () => {
    const { given, lines } = probes({ chromiumPath: () => null });
    const plan = await decideLaunch(given);
    expect(lines).toEqual([LAUNCH_TEXT.fetching]);
    expect(plan).toEqual({
      kind: 'fail',
      message:
        'Electron could not be fetched (no connection to its download server), and Chromium is not installed for the Chromium shell: connect to the internet and run `npm start` again (or `npx install-electron`; behind a proxy set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1, or a mirror with ELECTRON_MIRROR); or install Chromium (Debian: sudo apt install chromium) and run `npm start` again.',
    });
  });

  it('with only a snap Chromium on Ubuntu, says the snap cannot host the shell and does not advise apt', async () => {
    const { given } = probes({ chromiumPath: () => null, snapChromium: true });
    const plan = await decideLaunch(given);
    expect(plan.kind).toBe('fail');
    if (plan.kind !== 'fail') return;
    expect(plan.message).toContain("Ubuntu's Chromium is a snap, which cannot host the Chromium shell");
    expect(plan.message).not.toContain('apt');
  });

  it.each([
    ['darwin', 'macOS'],
    ['win32', 'Windows'],
  ])('on %s, names the retry for %s and never apt or Chromium', async (platform, name) => {
    // No display probe applies off Linux, even with hasDisplay false.
    const { given, lines } = probes({ platform, hasDisplay: false, chromiumPath: () => null });
    const plan = await decideLaunch(given);
    expect(lines).toEqual([LAUNCH_TEXT.fetching]);
    expect(plan.kind).toBe('fail');
    if (plan.kind !== 'fail') return;
    expect(plan.message).toContain(`Readiness Room needs it on ${name}: connect to the internet and run \`npm start\` again`);
    expect(plan.message).not.toMatch(/apt|chromium/i);
  });
});
