/**
 * Prints HTML to PDF with Debian's Chromium through playwright-core: for the Chromium shell, the
 * command line, the tests and the benchmarks (Electron uses its own printToPDF). The browser
 * starts on first use and is reused; pages run with JavaScript off and every request refused, so
 * the report can neither run code nor reach the network.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const DEFAULT_CHROMIUM = '/usr/bin/chromium';

/** Without the background-networking flags Chromium reaches for the network on its own. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

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

  return {
    prepare() {
      // A failure to start is reported by the renderPdf that needs the browser.
      start().catch(() => {});
    },
    async renderPdf(html) {
      const { context } = await start();
      const page = await context.newPage();
      try {
        await page.setContent(html, { waitUntil: 'load' });
        // Page size, margins and the running footer come from the page's own @page rules.
        const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true, displayHeaderFooter: false, tagged: true, outline: true });
        return new Uint8Array(pdf);
      } finally {
        await page.close().catch(() => {});
      }
    },
    async close() {
      const running = starting;
      starting = null;
      if (!running) return;
      const { browser } = await running.catch(() => ({ browser: null }));
      await browser?.close().catch(() => {});
    },
  };
}
