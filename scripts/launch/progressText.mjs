// The progress line of the Electron download: live on a terminal, every tenth otherwise (logs).
const MB = 1_000_000;

/**
 * @param {number} transferred Bytes received so far.
 * @param {number | null} total Bytes expected, when the server said.
 * @param {boolean} live A terminal (every whole percent) rather than a log (every 10 %).
 * @returns {string}
 */
export function formatProgress(transferred, total, live) {
  const got = Math.floor(transferred / MB);
  if (!total) return `Fetching Electron: ${live ? got : Math.floor(got / 10) * 10} MB`;
  const percent = Math.min(100, Math.floor((transferred / total) * 100));
  const shown = live ? percent : Math.floor(percent / 10) * 10;
  return `Fetching Electron: ${shown}% (${live ? got : Math.floor((total * shown) / 100 / MB)} of ${Math.round(total / MB)} MB)`;
}
