/** The export fixture session, loaded from its .rrsession file, and its report model. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { loadSessionText } from '../../../../../shared/format/loadSessionFile';
import type { Session } from '../../../../../shared/model/session';
import { buildReport } from '../../../../../shared/report/buildReport';
import type { ReportModel } from '../../../../../shared/report/reportModel';

export const REPO_ROOT = path.resolve(__dirname, '../../../../..');
export const FIXTURE_FILE = path.join(REPO_ROOT, 'tests/fixtures/export-session-v1.rrsession');
export const GENERATED_AT = new Date('2025-03-12T17:30:00Z');

export function fixtureSession(options: { anonymous?: boolean } = {}): Session {
  const loaded = loadSessionText(readFileSync(FIXTURE_FILE, 'utf8'));
  if (!loaded.ok) throw new Error(loaded.message.id);
  return options.anonymous ? { ...loaded.session, settings: { ...loaded.session.settings, anonymous: true } } : loaded.session;
}

export function fixtureModel(options: { anonymous?: boolean } = {}): ReportModel {
  return buildReport(fixtureSession(options), { generatedAt: GENERATED_AT, appVersion: '0.1.0' });
}

/** Names of participants who are not action owners: none of them may appear in an anonymous document. */
export function voterOnlyNames(session: Session): string[] {
  const owners = new Set(session.actions.map((a) => a.owner.trim()));
  return session.participants.filter((p) => !p.isFacilitator && !owners.has(p.name)).map((p) => p.name);
}
