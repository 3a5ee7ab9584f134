/**
 * The phone page in the other engines phones use: Gecko (Firefox ESR, through WebDriver BiDi with
 * puppeteer-core) and WebKit (WebKitGTK's MiniBrowser, through WebKitWebDriver's WebDriver HTTP).
 * A check by hand, not part of `npm test`: it joins a real room on 127.0.0.1 as a listed person,
 * checks the vote screen names the gap in its framework's words, votes, and saves screenshots of
 * the join screen, the vote screen and "Vote received" to a folder to look at.
 *
 *   npm run build && xvfb-run -a npx tsx tests/e2e/phoneEngines.ts <folder for screenshots> [session language: en|de] [framework: built-in|own]
 *
 * The room speaks the session language given (English by default), on a 360 px wide phone, so
 * German's longer words can be checked to wrap, not clip. The round is a real session's: its first
 * gap under the built-in framework, or "Governance & legal", gap 7 of 7, under a firm's own
 * framework (written in English only, so its words stay English in a German room).
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
import { createSession } from '../../shared/model/createSession';
import { sessionOf } from '../../shared/model/opResult';
import { translatorNow } from '../../shared/i18n';
import type { RoundBrief } from '../../shared/room/protocol';
import { roomRoundStateOf } from '../../shared/room/roomRoundState';
import { openRound } from '../../shared/scoring/roundOps';
import { customFramework, GOVERNANCE_GAP_ID } from '../fixtures/customFramework';

const out = path.resolve(process.argv[2] ?? 'engine-shots');
const KEY = 'e'.repeat(32);
const LANGUAGE = process.argv[3] ?? 'en';
const OWN_FRAMEWORK = process.argv[4] === 'own';
registerCatalogueFiles();

/** The round a facilitator opens: on the first gap, or on the firm's own seventh gap. */
function round(): RoundBrief {
  const framework = OWN_FRAMEWORK ? customFramework() : undefined;
  const session = createSession({ initiative: 'Claims triage', client: 'Northwind', id: 'engines', now: Date.now(), language: LANGUAGE, framework });
  const gapId = OWN_FRAMEWORK ? GOVERNANCE_GAP_ID : 'data';
  const state = roomRoundStateOf(sessionOf(openRound(session, gapId, 'engine-round', Date.now())), translatorNow(LANGUAGE));
  if (state.kind !== 'open') throw new Error('the round did not open');
  return state.round;
}

const ROUND = round();
const FILE_TAG = `${LANGUAGE}${OWN_FRAMEWORK ? '-own' : ''}`;

/** What the vote screen must say: the gap's place, its name and a rung of its ladder, in the framework's words. */
function expectVoteScreen(engine: string, text: string): void {
  const gapLine = translatorNow(LANGUAGE).t('phone.vote.gapLine', { number: ROUND.gapNumber, total: ROUND.gapCount, label: '' });
  const wanted = [gapLine.replace(/ · $/, ''), ROUND.gapName, ROUND.levels[3]!.descriptor];
  // The eyebrow is set in capitals by its style, which innerText follows.
  const missing = wanted.filter((words) => !text.toLocaleLowerCase(LANGUAGE).includes(words.toLocaleLowerCase(LANGUAGE)));
  if (missing.length > 0) throw new Error(`${engine}: the vote screen lacks ${missing.map((w) => `"${w}"`).join(', ')}`);
  console.log(`${engine}: the vote screen shows ${wanted[0]} · ${ROUND.gapName}`);
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
  server.setRound({ kind: 'open', round: ROUND });
  return { server, url: `http://127.0.0.1:${server.port}/#k=${KEY}` };
}

async function firefox(url: string): Promise<void> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true, args: ['--width=360', '--height=800'] });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 360, height: 800 });
    await page.goto(url);
    await page.waitForSelector('.people-list button');
    await page.screenshot({ path: path.join(out, `room-firefox-${FILE_TAG}-join.png`) as `${string}.png` });
    await page.locator('.people-list button').click();
    await page.waitForSelector('input[value="3"]');
    expectVoteScreen('firefox', await page.evaluate(() => document.body.innerText));
    await page.screenshot({ path: path.join(out, `room-firefox-${FILE_TAG}-vote.png`) as `${string}.png`, fullPage: true });
    await page.locator('label[for="level-3"]').click();
    await page.locator('button[type="submit"]').click();
    await page.waitForSelector('.received');
    await page.screenshot({ path: path.join(out, `room-firefox-${FILE_TAG}-received.png`) as `${string}.png`, fullPage: true });
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
      await shot(`room-webkit-${FILE_TAG}-join.png`);
      await call('POST', `${s}/element/${await find('.people-list button')}/click`, {});
      await find('input[value="3"]');
      expectVoteScreen('webkit', (await call('POST', `${s}/execute/sync`, { script: 'return document.body.innerText', args: [] })).value as string);
      await shot(`room-webkit-${FILE_TAG}-vote.png`);
      // The option sits below the fold, under the sticky send bar: bring it to the middle, as a thumb would.
      await call('POST', `${s}/execute/sync`, { script: 'document.querySelector(\'label[for="level-4"]\').scrollIntoView({ block: "center" })', args: [] });
      await call('POST', `${s}/element/${await find('label[for="level-4"]')}/click`, {});
      await call('POST', `${s}/element/${await find('button[type="submit"]')}/click`, {});
      await find('.received');
      await shot(`room-webkit-${FILE_TAG}-received.png`);
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
