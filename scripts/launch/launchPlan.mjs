// How `npm start` decides what to open: Electron (fetched first with Electron's own installer when
// its binary is missing), else the Chromium shell, else one line naming the fix for this system.
// Pure apart from the probes it is given, so every path is unit-tested with the probes faked.

/** Every line `npm start` may print about the runtime, in one place. */
export const LAUNCH_TEXT = {
  noDisplay: 'No display found: Readiness Room needs a desktop — run it from a desktop session, or under Xvfb: xvfb-run -a npm start',
  starting: 'Opening Readiness Room in Electron.',
  fetching: 'Electron is not installed yet: fetching it with its installer (about 100 MB, once)…',
  fetchSkipped: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set',
  /** After the fetch failed or was skipped, with Chromium at hand. */
  shell: (reason) =>
    `Electron could not be fetched (${reason}): opening Readiness Room in the Chromium shell instead — to get the desktop app, run \`npx install-electron\` when online, then \`npm start\`.`,
  /** After the fetch failed or was skipped, with no Chromium to fall back on: the fix for this system. */
  neither: (reason, platform, snapChromium) => {
    const start = `Electron could not be fetched (${reason})`;
    const retry = 'connect to the internet and run `npm start` again (or `npx install-electron`; behind a proxy set HTTPS_PROXY and ELECTRON_GET_USE_PROXY=1, or a mirror with ELECTRON_MIRROR)';
    if (platform === 'darwin' || platform === 'win32') return `${start}, and Readiness Room needs it on ${platform === 'darwin' ? 'macOS' : 'Windows'}: ${retry}.`;
    if (snapChromium) return `${start}, and Ubuntu's Chromium is a snap, which cannot host the Chromium shell: ${retry}.`;
    return `${start}, and Chromium is not installed for the Chromium shell: ${retry}; or install Chromium (Debian: sudo apt install chromium) and run \`npm start\` again.`;
  },
};

/**
 * @typedef {object} LaunchProbes
 * @property {string} platform process.platform.
 * @property {boolean} hasDisplay False only on a Linux without DISPLAY or WAYLAND_DISPLAY.
 * @property {() => string | null} electronBinary The Electron executable when it is installed.
 * @property {boolean} skipFetch ELECTRON_SKIP_BINARY_DOWNLOAD is set.
 * @property {() => Promise<{ ok: true } | { ok: false, reason: string }>} fetchElectron Runs Electron's installer.
 * @property {() => string | null} chromiumPath A Chromium the shell can drive (never a snap).
 * @property {boolean} snapChromium Only a snap Chromium is installed.
 * @property {(line: string) => void} say Prints one line.
 */

/**
 * @typedef {{ kind: 'electron', binary: string }
 *   | { kind: 'shell', chromium: string }
 *   | { kind: 'fail', message: string }} LaunchPlan
 */

/**
 * @param {LaunchProbes} probes
 * @returns {Promise<LaunchPlan>}
 */
export async function decideLaunch(probes) {
  if (probes.platform === 'linux' && !probes.hasDisplay) return { kind: 'fail', message: LAUNCH_TEXT.noDisplay };

  const installed = probes.electronBinary();
  if (installed) {
    probes.say(LAUNCH_TEXT.starting);
    return { kind: 'electron', binary: installed };
  }

  let reason = LAUNCH_TEXT.fetchSkipped;
  if (!probes.skipFetch) {
    probes.say(LAUNCH_TEXT.fetching);
    const fetched = await probes.fetchElectron();
    const binary = fetched.ok ? probes.electronBinary() : null;
    if (binary) return { kind: 'electron', binary };
    reason = fetched.ok ? 'the installer finished but left no Electron binary' : fetched.reason;
  }

  const chromium = probes.chromiumPath();
  if (chromium) {
    probes.say(LAUNCH_TEXT.shell(reason));
    return { kind: 'shell', chromium };
  }
  return { kind: 'fail', message: LAUNCH_TEXT.neither(reason, probes.platform, probes.snapChromium) };
}
