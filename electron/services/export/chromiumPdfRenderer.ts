/**
 * Prints HTML to PDF with Debian's Chromium through playwright-core: for the Chromium shell, the
 * command line, the tests and the benchmarks (Electron uses its own printToPDF). The browser
 * starts on first use and is reused; pages run with JavaScript off and every request refused, so
 * the report can neither run code nor reach the network.
 *
 * One page prints every document in turn. Each new page costs a new browser window, and Chromium
 * fills a new window's toolbar pages (its own HTML and script) in a separate process: measured on
 * the large report, a fresh page per PDF cost about twice the processor time of the print itself.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/**
 * Features playwright-core switches off itself (its own --disable-features, which a second one
 * would replace), and the address bar's popup: a page of Chromium's own HTML and script that a
 * new window loads in a process of its own, about two seconds of processor time per window.
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

const ARGS = ['--headless', ...CHROMIUM_ARGS, `--disable-features=${DISABLED_FEATURES.join(',')}`];

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
}

export function createChromiumPdfRenderer(executablePath: string = process.env.READINESS_ROOM_CHROMIUM ?? DEFAULT_CHROMIUM, options: ChromiumPdfRendererOptions = {}): ChromiumPdfRenderer {
  let starting: Promise<{ browser: Browser; context: BrowserContext }> | null = null;
  let warmPage: Promise<Page> | null = null;
  /** The documents print one after another on the one page. */
  let queue: Promise<unknown> = Promise.resolve();

  const start = (): Promise<{ browser: Browser; context: BrowserContext }> => {
    starting ??= (async () => {
      const browser = await chromium.launch({ executablePath, headless: true, args: ARGS, ...(options.env ? { env: options.env } : {}) });
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true, serviceWorkers: 'block' });
      await context.route('**/*', (route) => route.abort('blockedbyclient'));
      return { browser, context };
    })();
    starting.catch(() => {
      starting = null;
    });
    return starting;
  };

  /** The page that prints; opened for the first document, and again only if it was closed or crashed. */
  const page = (): Promise<Page> => {
    warmPage ??= (async () => {
      const { context } = await start();
      const opened = await context.newPage();
      const forget = (): void => {
        warmPage = null;
      };
      opened.once('close', forget);
      opened.once('crash', forget);
      return opened;
    })();
    warmPage.catch(() => {
      warmPage = null;
    });
    return warmPage;
  };

  const print = async (html: string): Promise<Uint8Array> => {
    const printer = await page();
    try {
      await printer.setContent(html, { waitUntil: 'load' });
      // Page size, margins and the running footer come from the page's own @page rules.
      const pdf = await printer.pdf({ printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, tagged: true, outline: true });
      return new Uint8Array(pdf);
    } catch (error) {
      // A page that failed mid-print is not trusted with the next document.
      warmPage = null;
      await printer.close().catch(() => {});
      throw error;
    }
  };

  return {
    prepare() {
      // A failure to start is reported by the renderPdf that needs the browser. The page opens with
      // the first document: a command refused before it prints closes a browser without windows.
      start().catch(() => {});
    },
    renderPdf(html) {
      const printed = queue.then(() => print(html));
      queue = printed.catch(() => {});
      return printed;
    },
    async close() {
      const running = starting;
      starting = null;
      warmPage = null;
      if (!running) return;
      const { browser } = await running.catch(() => ({ browser: null }));
      await browser?.close().catch(() => {});
    },
  };
}
