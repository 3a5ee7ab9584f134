/**
 * The phone page in the other engines phones use: Gecko (Firefox ESR, through WebDriver BiDi with
 * puppeteer-core) and WebKit (WebKitGTK's MiniBrowser, through WebKitWebDriver's WebDriver HTTP).
 * A check by hand, not part of `npm test`: it joins a real room on 127.0.0.1 as a listed person,
 * votes, and saves screenshots of the join screen and of "Vote received" to a folder to look at.
 *
 *   npm run build && xvfb-run -a npx tsx tests/e2e/phoneEngines.ts <folder for screenshots> [session language: en|de]
 *
 * The room speaks the session language given (English by default), on a 360 px wide phone, so
 * German's longer words can be checked to wrap, not clip.
 *
 * Needs Debian's firefox-esr and webkit2gtk-driver.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import puppeteer from 'puppeteer-core';
import { registerCatalogueFiles } from '../../electron/services/i18n/nodeCatalogues';
import { loadParticipantAssets } from '../../electron/services/room/participantAssets';
import { openRoomJournal } from '../../electron/services/room/roomJournal';
import { startRoomServer } from '../../electron/services/room/roomServer';
import type { RoundBrief } from '../../shared/room/protocol';

const out = path.resolve(process.argv[2] ?? 'engine-shots');
const KEY = 'e'.repeat(32);
const LANGUAGE = process.argv[3] ?? 'en';
registerCatalogueFiles();

function round(): RoundBrief {
  return {
    id: 'engine-round',
    gapId: 'data',
    gapNumber: 1,
    gapCount: 6,
    gapName: 'Data quality',
    gapColor: '#0072B2',
    roundNumber: 2,
    levels: ([1, 2, 3, 4, 5] as const).map((level) => ({ level, name: ['Pilot only', 'Partly proven', 'Planned', 'Mostly ready', 'Proven in production'][level - 1]!, descriptor: `What level ${level} looks like for this gap.` })),
  };
}

async function startRoom() {
  const journal = await openRoomJournal(await mkdtemp(path.join(os.tmpdir(), 'rr-engines-')));
  const server = await startRoomServer({
    addresses: ['127.0.0.1'],
    assets: await loadParticipantAssets(path.resolve('out/renderer')),
    sessionId: 'engines',
    roomKey: KEY,
    tokenSecret: 't'.repeat(32),
    joinCode: 'ACDEFG',
    anonymous: false,
    journal,
    now: Date.now,
    log: () => {},
    // Both browsers come from 127.0.0.1 here; on the Wi-Fi each phone has its own address.
    limits: { maxSocketsPerAddress: 500, maxConnectionsPerAddress: 100, joinBurst: 100, newcomersPerAddress: 100 },
    onVote: (entry) => setImmediate(() => server.settle(entry.entryId, 'stored')),
    onChange: () => {},
  });
  const people = ['Tom Becker', 'Ines Laurent', 'Sara Nilsson'].map((name, i) => ({ id: `p-${i}`, name, voter: true, phone: false, handovers: 0 }));
  server.setRoster({ language: LANGUAGE, max: 200, people, votes: [] });
  server.setRound({ kind: 'open', round: round() });
  return { server, url: `http://127.0.0.1:${server.port}/#k=${KEY}` };
}

async function firefox(url: string): Promise<void> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, args: ['--width=360', '--height=800'] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 800 });
    await page.goto(url);
    await page.waitForSelector('.people-list button');
    await page.screenshot({ path: path.join(out, `room-firefox-${LANGUAGE}-join.png`) as `${string}.png` });
    await page.locator('.people-list button').click();
    await page.waitForSelector('input[value="3"]');
    await page.locator('label[for="level-3"]').click();
    await page.locator('button[type="submit"]').click();
    await page.waitForSelector('.received');
    await page.screenshot({ path: path.join(out, `room-firefox-${LANGUAGE}-received.png`) as `${string}.png`, fullPage: true });
    console.log('firefox: joined as a listed person and the vote was received');
  } finally {
    await browser.close();
  }
}

const freePort = (): Promise<number> =>
  new Promise((resolve) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });

async function webkit(url: string): Promise<void> {
  const minibrowser = ['/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser'].find((p) => existsSync(p));
  if (!minibrowser) throw new Error('MiniBrowser not found: apt-get install webkit2gtk-driver');
  const port = await freePort();
  const driver = spawn('WebKitWebDriver', [`--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore' });
  const base = `http://127.0.0.1:${port}`;
  const call = async (method: string, pathname: string, body?: unknown): Promise<{ value: unknown }> => {
    const response = await fetch(`${base}${pathname}`, { method, headers: { 'Content-Type': 'application/json' }, ...(body ? { body: JSON.stringify(body) } : {}) });
    const json = (await response.json()) as { value: unknown };
    if (!response.ok) throw new Error(`${method} ${pathname}: ${JSON.stringify(json.value).slice(0, 300)}`);
    return json;
  };
  try {
    for (let i = 0; i < 50; i++) {
      if (await fetch(`${base}/status`).then((r) => r.ok, () => false)) break;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const session = (await call('POST', '/session', { capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: minibrowser, args: ['--automation', '--full-screen'] } } } })).value as { sessionId: string };
    const s = `/session/${session.sessionId}`;
    const find = async (css: string): Promise<string> => {
      for (let i = 0; i < 50; i++) {
        const found = (await call('POST', `${s}/elements`, { using: 'css selector', value: css })).value as Record<string, string>[];
        if (found.length > 0) return Object.values(found[0]!)[0]!;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`webkit: no ${css}`);
    };
    const shot = async (name: string) => {
      // MiniBrowser paints a moment after the DOM changed: let it catch up before the picture.
      await new Promise((resolve) => setTimeout(resolve, 1500));
      const data = (await call('GET', `${s}/screenshot`)).value as string;
      await writeFile(path.join(out, name), Buffer.from(data, 'base64'));
    };
    try {
      await call('POST', `${s}/url`, { url });
      await find('.people-list button');
      await shot(`room-webkit-${LANGUAGE}-join.png`);
      await call('POST', `${s}/element/${await find('.people-list button')}/click`, {});
      // The option sits below the fold, under the sticky send bar: bring it to the middle, as a thumb would.
      await call('POST', `${s}/execute/sync`, { script: 'document.querySelector(\'label[for="level-4"]\').scrollIntoView({ block: "center" })', args: [] });
      await call('POST', `${s}/element/${await find('label[for="level-4"]')}/click`, {});
      await call('POST', `${s}/element/${await find('button[type="submit"]')}/click`, {});
      await find('.received');
      await shot(`room-webkit-${LANGUAGE}-received.png`);
      console.log('webkit: joined as a listed person and the vote was received');
    } finally {
      await call('DELETE', s).catch(() => {});
    }
  } finally {
    driver.kill();
  }
}

await mkdir(out, { recursive: true });
const room = await startRoom();
try {
  await firefox(room.url);
  await webkit(room.url);
} finally {
  await room.server.close();
}
