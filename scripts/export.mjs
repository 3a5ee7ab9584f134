#!/usr/bin/env node
// `npm run export -- FILE.rrsession --format … --out FOLDER [--lang de]`: runs the built headless
// export (out/cli/export.js, made by `npm run build`; electron/cli/command.ts says what it does).
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../out/cli/export.js', import.meta.url));
if (!existsSync(built)) {
  console.error('The export command is not built yet: run `npm run build` first.');
  process.exit(1);
}
await import(pathToFileURL(built).href);
