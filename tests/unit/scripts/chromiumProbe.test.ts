import { describe, expect, it } from 'vitest';
import { findChromium, type ProbeIo } from '../../../scripts/launch/chromiumProbe.mjs';

function io(files: Record<string, { realpath?: string; head?: string }>): ProbeIo {
  return {
    exists: (file) => file in files,
    realpath: (file) => files[file]?.realpath ?? file,
    head: (file) => files[file]?.head ?? '#!/bin/sh\nexec /usr/lib/chromium/chromium "$@"\n',
  };
}

describe('findChromium', () => {
  it("finds Debian's Chromium", () => {
    expect(findChromium({ platform: 'linux', env: {}, io: io({ '/usr/bin/chromium': {} }) })).toEqual({ path: '/usr/bin/chromium', snap: false });
  });

  it("skips Ubuntu's snap hand-over script and reports the snap", () => {
    const files = { '/usr/bin/chromium-browser': { head: '#!/bin/sh\nexec /snap/bin/chromium "$@"\n' }, '/snap/bin/chromium': {} };
    expect(findChromium({ platform: 'linux', env: {}, io: io(files) })).toEqual({ path: null, snap: true });
  });

  it('skips a link into /snap', () => {
    expect(findChromium({ platform: 'linux', env: {}, io: io({ '/usr/bin/chromium': { realpath: '/snap/chromium/current/usr/lib/chromium-browser/chrome' } }) })).toEqual({ path: null, snap: true });
  });

  it('honours READINESS_ROOM_CHROMIUM on any system, when the file exists', () => {
    expect(findChromium({ platform: 'darwin', env: { READINESS_ROOM_CHROMIUM: '/Apps/Chromium' }, io: io({ '/Apps/Chromium': {} }) })).toEqual({ path: '/Apps/Chromium', snap: false });
    expect(findChromium({ platform: 'darwin', env: { READINESS_ROOM_CHROMIUM: '/nope' }, io: io({}) })).toEqual({ path: null, snap: false });
  });

  it('finds none on macOS and Windows without the override', () => {
    expect(findChromium({ platform: 'win32', env: {}, io: io({ '/usr/bin/chromium': {} }) })).toEqual({ path: null, snap: false });
  });
});
