#!/usr/bin/env node
/**
 * Security gate: runs Doyensec's Electronegativity over electron/ and fails (exit 1) on any HIGH or
 * MEDIUM finding that is not justified in the source, on the flagged line or the line above it:
 *
 *     // electronegativity-ok: <why this is safe>
 *
 * Usage: node scripts/electronegativity-gate.mjs [--sarif <file>]   (npm run test:security)
 *
 * How it runs the tool, and why not simply its CLI output:
 * - Electronegativity 1.10.3 reads TypeScript itself (babel's typescript plugin), so the sources are
 *   scanned as written, with their own line numbers; no build is needed.
 * - Its CSV writer races (the header is written asynchronously over the first record) and its SARIF
 *   carries no severity, so this gate calls the same runner the CLI calls (the package's main
 *   export) with the CLI's options and reads the findings, with severity, from its result. Files it
 *   could not parse come back too, and block: a file the tool cannot read is a file nobody checked.
 *   `--sarif <file>` also writes the tool's own SARIF report.
 * - Our CSP is sent as a response header by the app:// protocol handler, which a static scan cannot
 *   see. The gate therefore scans a temporary copy of electron/ plus one probe page whose meta tag
 *   carries the exact APP_CSP from shared/security/csp.ts, so the tool's CSP evaluator judges the real
 *   policy. Findings on the probe are reported against shared/security/csp.ts.
 * - AvailableSecurityFixesGlobalCheck is skipped: it downloads Electron's release list and the
 *   build machines are offline. The Electron version is taken from node_modules/electron.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const SCANNED_FOLDER = 'electron';
const CSP_SOURCE = 'shared/security/csp.ts';
const CSP_PROBE = 'app-csp.probe.html';
const SKIPPED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const BLOCKING_SEVERITIES = new Set(['HIGH', 'MEDIUM']);
const JUSTIFICATION = /\/\/\s*electronegativity-ok:\s*(\S.{7,})$/;

function parseArgs(argv) {
  const args = { sarif: null };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--sarif' && argv[i + 1]) args.sarif = path.resolve(argv[(i += 1)]);
    else throw new Error(`Unknown argument: ${argv[i]} (usage: electronegativity-gate.mjs [--sarif <file>])`);
  }
  return args;
}

async function loadAppCsp() {
  const { tsImport } = await import('tsx/esm/api');
  const { APP_CSP } = await tsImport(path.join(root, CSP_SOURCE), import.meta.url);
  if (typeof APP_CSP !== 'string' || APP_CSP.length === 0) throw new Error(`${CSP_SOURCE} does not export APP_CSP`);
  return APP_CSP;
}

function escapeAttribute(text) {
  return text.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/** A temporary copy of electron/ plus the CSP probe page. */
async function prepareScanFolder() {
  const folder = await mkdtemp(path.join(tmpdir(), 'rr-electronegativity-'));
  await cp(path.join(root, SCANNED_FOLDER), path.join(folder, SCANNED_FOLDER), { recursive: true });
  const csp = await loadAppCsp();
  await writeFile(
    path.join(folder, CSP_PROBE),
    `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="${escapeAttribute(csp)}"></head><body></body></html>\n`,
  );
  return folder;
}

async function electronVersion() {
  const pkg = JSON.parse(await readFile(path.join(root, 'node_modules/electron/package.json'), 'utf8'));
  return pkg.version;
}

/** Source lines of a repository file, cached; null when the file is not ours to read. */
const sourceCache = new Map();
async function sourceLines(repoFile) {
  if (!sourceCache.has(repoFile)) {
    try {
      sourceCache.set(repoFile, (await readFile(path.join(root, repoFile), 'utf8')).split(/\r?\n/));
    } catch {
      sourceCache.set(repoFile, null);
    }
  }
  return sourceCache.get(repoFile);
}

function repoPathOf(scannedFile) {
  if (!scannedFile || scannedFile === 'N/A') return null;
  const relative = scannedFile.split(path.sep).join('/').replace(/^\.\//, '');
  return relative === CSP_PROBE ? CSP_SOURCE : relative;
}

/** The justification on the flagged line or the line above it, if any. */
async function justificationFor(repoFile, line) {
  if (!repoFile || repoFile === CSP_SOURCE || !(line > 0)) return null;
  const lines = await sourceLines(repoFile);
  if (!lines) return null;
  for (const at of [line, line - 1]) {
    const text = lines[at - 1];
    const match = text === undefined ? null : JUSTIFICATION.exec(text.trim());
    if (match) return { reason: match[1].trim(), line: at };
  }
  return null;
}

async function allJustificationComments() {
  const { readdir } = await import('node:fs/promises');
  const found = [];
  async function walk(folder) {
    for (const entry of await readdir(path.join(root, folder), { withFileTypes: true })) {
      const relative = `${folder}/${entry.name}`;
      if (entry.isDirectory()) await walk(relative);
      else if (/\.(ts|tsx|js|mjs|cjs)$/.test(entry.name)) {
        const lines = await sourceLines(relative);
        lines?.forEach((text, index) => {
          if (JUSTIFICATION.test(text.trim())) found.push({ file: relative, line: index + 1 });
        });
      }
    }
  }
  await walk(SCANNED_FOLDER);
  return found;
}

function printTable(rows) {
  const headers = ['status', 'severity', 'check', 'where', 'note'];
  const widths = headers.map((h, i) => Math.min(60, Math.max(h.length, ...rows.map((r) => r[i].length))));
  const format = (cells) => cells.map((cell, i) => (cell.length > widths[i] ? `${cell.slice(0, widths[i] - 1)}…` : cell.padEnd(widths[i]))).join('  ');
  console.log(format(headers));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(format(row));
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const run = require('@doyensec/electronegativity');
  const version = await electronVersion();
  const folder = await prepareScanFolder();
  let result;
  try {
    result = await run(
      {
        input: folder,
        output: args.sarif ?? undefined,
        isSarif: Boolean(args.sarif),
        customScan: [],
        excludeFromScan: SKIPPED_CHECKS.map((name) => name.toLowerCase()),
        severitySet: undefined,
        confidenceSet: undefined,
        isRelative: true,
        isVerbose: false,
        electronUpgrade: undefined,
        electronVersionOverride: version,
        parserPlugins: [],
      },
      false,
    );
  } finally {
    // The SARIF report is written asynchronously by the tool; give it a moment before cleaning up.
    await new Promise((resolve) => setTimeout(resolve, args.sarif ? 200 : 0));
    await rm(folder, { recursive: true, force: true });
  }

  const rows = [];
  const usedJustifications = new Set();
  let justified = 0;
  let blocking = 0;

  for (const error of result.errors) {
    const file = repoPathOf(error.file.startsWith(folder) ? path.relative(folder, error.file) : error.file) ?? error.file;
    if (error.tolerable) {
      rows.push(['warning', '-', 'PARSE', file, String(error.message).slice(0, 120)]);
    } else {
      blocking += 1;
      rows.push(['BLOCKING', '-', 'PARSE', file, `could not be scanned: ${String(error.message).slice(0, 100)}`]);
    }
  }

  const issues = [...result.issues].sort(
    (a, b) => b.severity.value - a.severity.value || String(a.file).localeCompare(String(b.file)) || a.location.line - b.location.line,
  );
  for (const issue of issues) {
    const repoFile = repoPathOf(issue.file);
    const line = issue.location?.line ?? 0;
    const where = repoFile ? (repoFile === CSP_SOURCE ? `${repoFile} (APP_CSP)` : `${repoFile}:${line}`) : 'global';
    const severity = issue.severity.name;
    if (!BLOCKING_SEVERITIES.has(severity)) {
      rows.push(['info', severity, issue.id, where, issue.description]);
      continue;
    }
    const justification = await justificationFor(repoFile, line);
    if (justification) {
      justified += 1;
      usedJustifications.add(`${repoFile}:${justification.line}`);
      rows.push(['justified', severity, issue.id, where, justification.reason]);
    } else {
      blocking += 1;
      rows.push(['BLOCKING', severity, issue.id, where, `${issue.description} (add "// electronegativity-ok: <reason>" only if it is a false positive)`]);
    }
  }

  const unused = (await allJustificationComments()).filter((j) => !usedJustifications.has(`${j.file}:${j.line}`));
  for (const j of unused) rows.push(['unused', '-', 'JUSTIFICATION', `${j.file}:${j.line}`, 'no finding here any more: remove the comment']);

  console.log(`\nElectronegativity ${require('@doyensec/electronegativity/package.json').version} on ${SCANNED_FOLDER}/ (Electron ${version}; skipped: ${SKIPPED_CHECKS.join(', ')})`);
  if (rows.length > 0) printTable(rows);
  if (args.sarif) console.log(`SARIF report: ${args.sarif}`);
  console.log(`electronegativity: ${result.issues.length} findings, ${justified} justified, ${blocking} blocking`);
  process.exit(blocking > 0 ? 1 : 0);
}

main().catch((error) => {
  console.error(`electronegativity gate failed to run: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exit(1);
});
