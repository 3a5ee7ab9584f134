/**
 * Renders assets/icons/icon.svg to the PNGs electron-builder packs (512×512 and 1024×1024), with
 * Debian's Chromium through playwright-core. The PNGs are committed; run this only after editing
 * the SVG:  npx tsx scripts/render-icons.ts
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_EXECUTABLE } from '../electron/shell/chromiumShell';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const iconsDir = path.join(root, 'assets', 'icons');

const OUTPUTS: ReadonlyArray<{ file: string; size: number }> = [
  { file: 'icon.png', size: 512 },
  { file: 'icon@2x.png', size: 1024 },
];

async function main(): Promise<void> {
  const svg = await readFile(path.join(iconsDir, 'icon.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? CHROMIUM_EXECUTABLE, headless: true, args: [...CHROMIUM_ARGS, '--headless'] });
  try {
    for (const { file, size } of OUTPUTS) {
      const page = await browser.newPage({ viewport: { width: size, height: size }, deviceScaleFactor: 1 });
      const sized = svg.replace(/<svg\b([^>]*?)\swidth="\d+"\s+height="\d+"/, `<svg$1 width="${size}" height="${size}"`);
      await page.setContent(
        `<!doctype html><html><head><style>html,body{margin:0;padding:0;background:transparent}svg{display:block}</style></head><body>${sized}</body></html>`,
      );
      await page.screenshot({ path: path.join(iconsDir, file), omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
      await page.close();
      console.log(`wrote assets/icons/${file} (${size}×${size})`);
    }
  } finally {
    await browser.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
