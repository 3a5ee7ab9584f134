/**
 * A session made to break layouts: one 300-character word in a note, an action title and an
 * evidence text; Arabic and Hebrew (right to left); emoji; formula-like strings; and one action
 * whose description runs to 2,000 words. Built on the export fixture, which already carries
 * markup, CJK and accented names.
 */
import type { Session } from '../../../../shared/model/session';
import { buildExportSession } from '../../../fixtures/exportSession';

export const LONG_WORD = `Infrastructure${'x'.repeat(272)}Loadbalancer`;
export const HEBREW = 'בדיקת עומס בשעת שיא';
export const ARABIC = 'اختبار الحمل في ساعة الذروة';
export const FORMULAS = ['=1+1', '+4 pts', '-x', '@SUM(A1)'] as const;

export function buildHostileSession(): Session {
  const session = buildExportSession();
  const longDescription = Array.from({ length: 2000 }, (_, i) => (i % 17 === 16 ? 'production.' : ['the', 'agent', 'routes', 'calls', 'under', 'peak', 'load'][i % 7])).join(' ');
  const [first, second, ...rest] = session.actions;
  const actions = [
    { ...first!, title: LONG_WORD, description: `${HEBREW} 🚀 ${FORMULAS.join(' ')}` },
    { ...second!, description: longDescription, successMeasure: `${ARABIC} ${FORMULAS[1]}` },
    ...rest,
  ];
  const gaps = { ...session.gaps };
  gaps.data = {
    ...gaps.data!,
    notes: `${LONG_WORD} ${HEBREW} 🧪 ${FORMULAS.join(' ')}`,
    evidence: [...gaps.data!.evidence, { id: 'ev-long', text: `${LONG_WORD} ${ARABIC} 📈`, createdAt: session.createdAt }],
  };
  return { ...session, initiative: `${session.initiative} ${HEBREW}`, actions, gaps };
}
