/**
 * Prints HTML to PDF with Debian's Chromium (or the one READINESS_ROOM_CHROMIUM names), spoken to
 * over the DevTools pipe: for the Chromium shell, the command line, the tests and the benchmarks
 * (Electron uses its own printToPDF). The browser starts on first use and is reused; the page runs
 * with JavaScript off and every request refused, so the report can neither run code nor reach the
 * network. A browser driver library is not used here: loading one cost the command line about a
 * second before Chromium could even start.
 *
 * One page prints every document in turn. Each new page costs a new browser window, and Chromium
 * fills a new window's toolbar pages (its own HTML and script) in a separate process: measured on
 * the large report, a fresh page per PDF cost about twice the processor time of the print itself.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { devtoolsPipe, type DevtoolsPipe } from './devtoolsPipe';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * Features that make a headless browser reach for the network or open pages of its own (the
 * address bar's popup is Chromium's own HTML and script, loaded by each new window in a process of
 * its own: about two seconds of processor time per window).
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'WebUIOmniboxPopup',
];

/**
 * Every Chromium the app starts (the PDF printer here, the shell's window, the tests' phones):
 * without the background-networking flags Chromium floods the closed network with connections.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * The printer's own: colours printed as written (sRGB), shared memory in files where /dev/shm is
 * small (containers), no keychain or password-store prompt on macOS and Linux desktops, no
 * extensions, crash reporter, default apps or throttling of a page no one looks at.
 */
const PRINTER_ARGS: readonly string[] = [
  '--headless',
  ...CHROMIUM_ARGS,
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
  '--force-color-profile=srgb',
  '--disable-dev-shm-usage',
  '--password-store=basic',
  '--use-mock-keychain',
  '--disable-extensions',
  '--disable-breakpad',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--disable-field-trial-config',
  '--disable-background-timer-throttling',
  '--disable-renderer-backgrounding',
  '--disable-backgrounding-occluded-windows',
  '--no-service-autorun',
  '--remote-debugging-pipe',
  '--no-startup-window',
];

/** Longest wait for one step (start, load, print) before the printer is given up and restarted. */
const STEP_TIMEOUT_MS = 120_000;
/** How long a closing browser may take before it is killed. */
const CLOSE_TIMEOUT_MS = 5_000;

export interface ChromiumPdfRenderer {
  renderPdf(html: string): Promise<Uint8Array>;
  /** Starts the browser now (it otherwise starts on the first PDF), e.g. while other documents are written. */
  prepare(): void;
  close(): Promise<void>;
}

export interface ChromiumPdfRendererOptions {
  /**
   * Variables for the browser process, e.g. a FONTCONFIG_FILE that lists only a test's own fonts
   * folder, so a test proves the report needs none of the machine's fonts. Default: this process's.
   */
  env?: Record<string, string | undefined>;
  /** Where the browser's throwaway profile folder is made. Default: the system's temporary folder. */
  profileParent?: string;
}

interface Browser {
  pipe: DevtoolsPipe;
  process: ChildProcess;
  /** The browser process has exited. */
  exited: Promise<void>;
  /** Its helper processes have ended too and its profile folder is removed. */
  cleared: Promise<void>;
}

/**
 * The browser's helper processes (GPU, network, renderers) outlive it by a moment and write to the
 * profile: the folder removed as soon as the browser itself had exited came back, empty, about one
 * time in two. They hold the browser's stderr, so the pipe closing says they are all gone.
 */
const HELPERS_GRACE_MS = 3_000;


interface PrintingPage {
  targetId: string;
  sessionId: string;
  frameId: string;
  /** Rejects when the page crashes or is closed, so a step waiting on it does not wait forever. */
  gone: Promise<never>;
}

function withTimeout<T>(work: Promise<T>, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Chromium did not ${what} within ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS);
  });
  return Promise.race([work, late]).finally(() => clearTimeout(timer));
}

/** The last lines Chromium wrote to stderr, for the message when it fails to start. */
function stderrTail(stream: Readable | null): () => string {
  let tail = '';
  stream?.on('data', (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-2000);
  });
  return () => tail.trim().split('\n').slice(-3).join(' ');
}

/** Starts the browser; `onSpawn` gets its process as soon as there is one, so a close during start-up can stop it. */
async function launch(executablePath: string, { env, profileParent = os.tmpdir() }: ChromiumPdfRendererOptions, onSpawn: (child: ChildProcess) => void): Promise<Browser> {
  const profile = await mkdtemp(path.join(profileParent, 'readiness-room-printer-'));
  const child = spawn(executablePath, [...PRINTER_ARGS, `--user-data-dir=${profile}`], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    ...(env ? { env } : {}),
  });
  onSpawn(child);
  const stderr = stderrTail(child.stderr);
  const pipe = devtoolsPipe(child.stdio[3] as Writable, child.stdio[4] as Readable);
  const exited = new Promise<void>((resolve) => {
    child.once('error', (error) => {
      pipe.fail(new Error(`Chromium could not start (${executablePath}): ${error.message}`));
      resolve();
    });
    child.once('exit', (code, signal) => {
      pipe.fail(new Error(`Chromium exited (${signal ?? code})${stderr() ? `: ${stderr()}` : ''}`));
      resolve();
    });
  });
  // Whether it was closed or died on its own, no profile folder is left behind.
  const helpersGone = new Promise<void>((resolve) => {
    child.once('close', () => resolve());
    child.once('error', () => resolve());
  });
  const cleared = exited
    .then(() => Promise.race([helpersGone, new Promise<void>((resolve) => setTimeout(resolve, HELPERS_GRACE_MS).unref())]))
    .then(() => removeProfile(profile));
  const browser = { pipe, process: child, exited, cleared };
  try {
    await withTimeout(pipe.send('Browser.getVersion'), 'start');
    return browser;
  } catch (error) {
    await shutDown(browser);
    throw error;
  }
}

async function shutDown(browser: Browser): Promise<void> {
  const { pipe, process: child, exited, cleared } = browser;
  if (child.exitCode === null && child.signalCode === null) {
    pipe.send('Browser.close').catch(() => {});
    const killed = setTimeout(() => child.kill('SIGKILL'), CLOSE_TIMEOUT_MS);
    await exited;
    clearTimeout(killed);
  }
  await cleared;
}

function removeProfile(profile: string): Promise<void> {
  return rm(profile, { recursive: true, force: true, maxRetries: 3 }).catch(() => {});
}

async function openPage(pipe: DevtoolsPipe): Promise<PrintingPage> {
  const { browserContextId } = await pipe.send<{ browserContextId: string }>('Target.createBrowserContext', { disposeOnDetach: true });
  const { targetId } = await pipe.send<{ targetId: string }>('Target.createTarget', { url: 'about:blank', browserContextId });
  const { sessionId } = await pipe.send<{ sessionId: string }>('Target.attachToTarget', { targetId, flatten: true });
  // One listener per page: it fails every request the page would make (there should be none:
  // fonts and pictures are inline), and stops when the page crashes or closes.
  const gone = new Promise<never>((_, reject) => {
    const stop = pipe.listen((event) => {
      if (event.method === 'Fetch.requestPaused' && event.sessionId === sessionId) {
        pipe.send('Fetch.failRequest', { requestId: event.params.requestId, errorReason: 'BlockedByClient' }, sessionId).catch(() => {});
        return;
      }
      const crashed = event.method === 'Inspector.targetCrashed' && event.sessionId === sessionId;
      const detached = event.method === 'Target.detachedFromTarget' && event.params.sessionId === sessionId;
      if (!crashed && !detached) return;
      stop();
      reject(new Error(`The printing page ${crashed ? 'crashed' : 'was closed'}`));
    });
  });
  gone.catch(() => {});
  const [{ frameTree }] = await Promise.all([
    pipe.send<{ frameTree: { frame: { id: string } } }>('Page.getFrameTree', {}, sessionId),
    pipe.send('Page.enable', {}, sessionId),
    pipe.send('Emulation.setScriptExecutionDisabled', { value: true }, sessionId),
    pipe.send('Fetch.enable', { patterns: [{ urlPattern: '*' }] }, sessionId),
  ]);
  return { targetId, sessionId, frameId: frameTree.frame.id, gone };
}

async function printOn(pipe: DevtoolsPipe, page: PrintingPage, html: string): Promise<Uint8Array> {
  const { sessionId, frameId, gone } = page;
  let stop = (): void => {};
  const loaded = new Promise<void>((resolve) => {
    stop = pipe.listen((event) => {
      if (event.method === 'Page.loadEventFired' && event.sessionId === sessionId) resolve();
    });
  });
  try {
    await withTimeout(Promise.race([pipe.send('Page.setDocumentContent', { frameId, html }, sessionId).then(() => loaded), gone]), 'load the page');
  } finally {
    stop();
  }
  // Page size, margins and the running footer come from the page's own @page rules.
  const printing = pipe.send<{ data: string }>(
    'Page.printToPDF',
    { printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, generateTaggedPDF: true, generateDocumentOutline: true },
    sessionId,
  );
  const { data } = await withTimeout(Promise.race([printing, gone]), 'print');
  return new Uint8Array(Buffer.from(data, 'base64'));
}

export function createChromiumPdfRenderer(executablePath: string = process.env.READINESS_ROOM_CHROMIUM ?? DEFAULT_CHROMIUM, options: ChromiumPdfRendererOptions = {}): ChromiumPdfRenderer {
  let starting: Promise<Browser> | null = null;
  /** Stops the browser that is still starting (null once it answers): a close does not wait for it to come up. */
  let stopStarting: (() => void) | null = null;
  let warmPage: Promise<PrintingPage> | null = null;
  /** The documents print one after another on the one page. */
  let queue: Promise<unknown> = Promise.resolve();
  /** Counts closes: a document queued before a close must not start a browser after it. */
  let generation = 0;

  const start = (): Promise<Browser> => {
    if (starting) return starting;
    let stopped = false;
    let spawned: ChildProcess | null = null;
    const launching = launch(executablePath, options, (child) => {
      spawned = child;
      if (stopped) child.kill();
    });
    starting = launching;
    const stop = (): void => {
      stopped = true;
      spawned?.kill();
    };
    stopStarting = stop;
    const started = (): void => {
      if (stopStarting === stop) stopStarting = null;
    };
    launching.then(started, started);
    launching.then(
      (browser) =>
        void browser.exited.then(() => {
          if (starting === launching) {
            starting = null;
            warmPage = null;
          }
        }),
      () => {
        if (starting === launching) starting = null;
      },
    );
    return launching;
  };

  /** The page that prints; opened for the first document, and again only if it was closed or crashed. */
  const page = (): Promise<PrintingPage> => {
    if (warmPage) return warmPage;
    const opening = start().then((browser) => withTimeout(openPage(browser.pipe), 'open a page'));
    warmPage = opening;
    opening.then(
      (opened) =>
        opened.gone.catch(() => {
          if (warmPage === opening) warmPage = null;
        }),
      () => {
        if (warmPage === opening) warmPage = null;
      },
    );
    return opening;
  };

  const print = async (html: string, queuedIn: number): Promise<Uint8Array> => {
    const stillOpen = (): void => {
      if (generation !== queuedIn) throw new Error('The PDF printer was closed before this document printed');
    };
    stillOpen();
    const browser = await start();
    stillOpen();
    const printer = await page();
    stillOpen();
    try {
      return await printOn(browser.pipe, printer, html);
    } catch (error) {
      // A page that failed mid-print is not trusted with the next document.
      warmPage = null;
      browser.pipe.send('Target.closeTarget', { targetId: printer.targetId }).catch(() => {});
      throw error;
    }
  };

  const enqueue = (html: string): Promise<Uint8Array> => {
    const queuedIn = generation;
    const printed = queue.then(() => print(html, queuedIn));
    queue = printed.catch(() => {});
    return printed;
  };

  return {
    prepare() {
      // A failure to start is reported by the renderPdf that needs the browser. The page opens with
      // the first document: a command refused before it prints closes a browser without windows.
      // (Opening it here, or printing a small page first to warm the printer up, saved nothing
      // measurable on the command line: the document is ready about when the browser is.)
      start().catch(() => {});
    },
    renderPdf: enqueue,
    async close() {
      generation += 1;
      const running = starting;
      const stillStarting = stopStarting;
      starting = null;
      stopStarting = null;
      warmPage = null;
      if (!running) return;
      // Closed before it was ready (a command refused its file): no need to wait for it to come up.
      stillStarting?.();
      const browser = await running.catch(() => null);
      if (browser) await shutDown(browser);
    },
  };
}
