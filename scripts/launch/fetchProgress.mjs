// Loaded with `node --import` into Electron's own installer (node_modules/electron/install.js):
// its downloader (@electron/get) shows a bar only after 30 seconds, so this reports the download's
// progress from the first byte by counting what flows through `fetch`. It changes nothing else.
import { TransformStream } from 'node:stream/web';
import { formatProgress } from './progressText.mjs';

const MIN_REPORTED_BYTES = 1_000_000;
const originalFetch = globalThis.fetch;

globalThis.fetch = async (...args) => {
  const response = await originalFetch(...args);
  const total = Number(response.headers.get('content-length')) || null;
  if (!response.ok || !response.body || (total !== null && total < MIN_REPORTED_BYTES)) return response;
  const tty = Boolean(process.stdout.isTTY);
  let transferred = 0;
  let lastShown = '';
  const counter = new TransformStream({
    transform(chunk, controller) {
      transferred += chunk.byteLength;
      const line = formatProgress(transferred, total, tty);
      if (line !== lastShown) {
        lastShown = line;
        process.stdout.write(tty ? `\r${line}` : `${line}\n`);
      }
      controller.enqueue(chunk);
    },
    flush() {
      if (tty) process.stdout.write('\n');
    },
  });
  const { status, statusText, headers } = response;
  return new globalThis.Response(response.body.pipeThrough(counter), { status, statusText, headers });
};
