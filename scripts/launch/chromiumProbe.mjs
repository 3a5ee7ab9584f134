// Finds a Chromium the shell can drive through Playwright. A snap Chromium (Ubuntu's `chromium`
// and `chromium-browser` packages) cannot: its confinement refuses the debugging pipe and profile.
import { existsSync, readFileSync, realpathSync } from 'node:fs';

const LINUX_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];
const SNAP_CHROMIUM = '/snap/bin/chromium';

function defaultIo() {
  return {
    exists: (file) => existsSync(file),
    realpath: (file) => realpathSync(file),
    // Ubuntu's transitional packages install a small script that hands over to the snap.
    head: (file) => readFileSync(file).subarray(0, 4096).toString('latin1'),
  };
}

/**
 * @param {{ platform: string, env: Record<string, string | undefined>, io?: { exists(f: string): boolean, realpath(f: string): string, head(f: string): string } }} options
 * @returns {{ path: string | null, snap: boolean }}
 */
export function findChromium({ platform, env, io = defaultIo() }) {
  const override = env.READINESS_ROOM_CHROMIUM;
  if (override) return { path: io.exists(override) ? override : null, snap: false };
  if (platform !== 'linux') return { path: null, snap: false };
  let snap = io.exists(SNAP_CHROMIUM);
  for (const candidate of LINUX_CANDIDATES) {
    if (!io.exists(candidate)) continue;
    let isSnap;
    try {
      isSnap = io.realpath(candidate).startsWith('/snap/') || /\/snap\/bin\/|snap run/.test(io.head(candidate));
    } catch {
      isSnap = false;
    }
    if (!isSnap) return { path: candidate, snap: false };
    snap = true;
  }
  return { path: null, snap };
}
