/**
 * A hostile session for the tracker and the imports: the export fixture plus a 300-character word
 * in an action title, a description, a note and an evidence text; Arabic and Hebrew (RTL); emoji;
 * text a spreadsheet would read as a formula; owners with and without an e-mail address.
 */
import type { Action, Session } from '../../../../../shared/model/session';
import { fixtureSession } from './exportFixture';

export const LONG_WORD = `Produktionsbereitschaftsüberprüfung${'x'.repeat(300 - 'Produktionsbereitschaftsüberprüfung'.length)}`;
export const HOSTILE_TEXT = {
  hebrew: 'בדיקת עומס בשעת שיא',
  arabic: 'اختبار الحمل في ساعة الذروة',
  emoji: 'Go-live party 🎉🚀',
  formulas: ['=1+1', '+4 pts', '-x', '@SUM(A1)'],
} as const;

export const OWNER_WITH_EMAIL = { name: 'Ana Silva', email: 'ana.silva@harbourline.example' } as const;

export function hostileSession(options: { anonymous?: boolean } = {}): Session {
  const base = fixtureSession(options);
  const first = base.actions[0]!;
  const action = (n: number, patch: Partial<Action>): Action => ({ ...first, id: `hostile-${n}`, suggestionId: null, ...patch });
  const actions: Action[] = [
    ...base.actions,
    action(1, { title: LONG_WORD, description: `${LONG_WORD} ${HOSTILE_TEXT.hebrew}`, owner: OWNER_WITH_EMAIL.name, successMeasure: HOSTILE_TEXT.emoji }),
    action(2, { title: HOSTILE_TEXT.arabic, description: `${HOSTILE_TEXT.hebrew}\n${HOSTILE_TEXT.emoji}`, owner: '' }),
    ...HOSTILE_TEXT.formulas.map((f, i) => action(3 + i, { title: f, description: f, successMeasure: f, owner: f === '-x' ? '' : base.participants[1]!.name })),
  ];
  const participants = [
    ...base.participants.map((p, i) => (i === 0 ? { ...p, email: 'lead@harbourline.example' } : p)),
    { id: 'hostile-ana', name: OWNER_WITH_EMAIL.name, email: OWNER_WITH_EMAIL.email, role: 'it' as const, stance: 'skeptic' as const, inPilot: true, isFacilitator: false },
  ];
  const note = { id: 'hostile-note', text: `${LONG_WORD} ${HOSTILE_TEXT.arabic} =1+1`, createdAt: base.createdAt };
  const gaps = { ...base.gaps, data: { ...base.gaps.data!, notes: `${base.gaps.data!.notes} ${LONG_WORD}`, evidence: [...base.gaps.data!.evidence, note], risks: [...base.gaps.data!.risks, { ...note, id: 'hostile-risk', severity: 'high' as const }] } };
  return { ...base, actions, participants, gaps, client: `${base.client} ${HOSTILE_TEXT.hebrew}` };
}
