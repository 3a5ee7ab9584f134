/**
 * A small benchmark harness. Each suite (`tests/bench/suites/*.ts`) exports
 * `async function run(): Promise<BenchRow[]>`; `tests/bench/run.ts` lists the suites, runs them
 * one after the other, prints an aligned table and writes `bench-results.json` at the repo root.
 * A suite that cannot measure something reports a row with `value: NaN` and an `error` (written
 * as `null` in the JSON) rather than hanging or throwing; a suite that throws anyway becomes one
 * `<suite>.error` row.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type BenchRow = {
  id: string;
  value: number;
  unit: string;
  /** e.g. '≤ 1.5', '< 300', '≥ 60' (checked by `checkTarget`). */
  target?: string;
  /** Why the value could not be measured (value is NaN then). */
  error?: string;
};

export interface BenchSuite {
  name: string;
  run(): Promise<BenchRow[]>;
}

export type TargetStatus = 'pass' | 'fail' | 'error' | 'none';

export function repoRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A row that says why a value could not be measured. */
export function errorRow(id: string, unit: string, error: string, target?: string): BenchRow {
  return { id, value: Number.NaN, unit, ...(target ? { target } : {}), error };
}

/** Checks a value against a target such as '≤ 1.5', '<= 300', '< 2', '≥ 60', '>= 60', '> 0'. */
export function checkTarget(row: BenchRow): TargetStatus {
  if (row.error !== undefined || !Number.isFinite(row.value)) return 'error';
  if (!row.target) return 'none';
  const match = /^\s*(≤|<=|<|≥|>=|>|=)\s*(-?\d+(?:\.\d+)?)/.exec(row.target);
  if (!match) return 'none';
  const limit = Number(match[2]);
  switch (match[1]) {
    case '≤':
    case '<=':
      return row.value <= limit ? 'pass' : 'fail';
    case '<':
      return row.value < limit ? 'pass' : 'fail';
    case '≥':
    case '>=':
      return row.value >= limit ? 'pass' : 'fail';
    case '>':
      return row.value > limit ? 'pass' : 'fail';
    default:
      return row.value === limit ? 'pass' : 'fail';
  }
}

export async function runSuites(suites: readonly BenchSuite[], onSuite: (name: string) => void = () => {}): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const suite of suites) {
    onSuite(suite.name);
    try {
      rows.push(...(await suite.run()));
    } catch (error) {
      rows.push(errorRow(`${suite.name}.error`, '', error instanceof Error ? error.message.split('\n')[0]! : String(error)));
    }
  }
  return rows;
}

function formatValue(value: number): string {
  if (!Number.isFinite(value)) return '—';
  // Suites round their values; only guard against float noise here.
  return String(Math.round(value * 1000) / 1000);
}

const STATUS_MARK: Record<TargetStatus, string> = { pass: 'ok', fail: 'MISSED', error: 'ERROR', none: '' };

export function formatTable(rows: readonly BenchRow[]): string {
  const header = ['id', 'value', 'unit', 'target', 'status'];
  const body = rows.map((row) => [row.id, formatValue(row.value), row.unit, row.target ?? '', STATUS_MARK[checkTarget(row)]]);
  const widths = header.map((title, column) => Math.max(title.length, ...body.map((cells) => cells[column]!.length)));
  const line = (cells: string[]): string =>
    cells
      .map((cell, column) => (column === 1 ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd();
  const out = [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...body.map(line)];
  for (const row of rows) if (row.error !== undefined) out.push(`  ${row.id}: ${row.error}`);
  return out.join('\n');
}

/** Writes `[{ id, value, unit, target, error? }]`; NaN becomes null. */
export async function writeResults(rows: readonly BenchRow[], file = path.join(repoRoot(), 'bench-results.json')): Promise<string> {
  const plain = rows.map((row) => ({
    id: row.id,
    value: Number.isFinite(row.value) ? row.value : null,
    unit: row.unit,
    target: row.target ?? null,
    ...(row.error !== undefined ? { error: row.error } : {}),
  }));
  await writeFile(file, `${JSON.stringify(plain, null, 2)}\n`);
  return file;
}
