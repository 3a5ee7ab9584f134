import { describe, expect, it } from 'vitest';
import { describeChanges, diffSessions } from '../../../../shared/model/sessionDiff';
import { translatorNow } from '../../../../shared/i18n';

const en = translatorNow('en');
import type { Session } from '../../../../shared/model/session';
import { buildSampleWorkshop } from '../../../../shared/sample/sampleWorkshop';

const NOW = Date.UTC(2026, 2, 12, 9, 0);
const base = buildSampleWorkshop('s1', NOW);

describe('what changed between two versions of a session', () => {
  it('says nothing changed for the same session, even after moving between stages', () => {
    const moved: Session = { ...base, currentStageId: 'frame', updatedAt: NOW + 5000, agenda: base.agenda.map((s) => ({ ...s, startedAt: NOW })) };
    expect(diffSessions(base, moved)).toEqual([]);
    expect(describeChanges([], en)).toBe('Same as now');
  });

  it('counts votes, actions and participants added, removed and edited', () => {
    const later: Session = {
      ...base,
      participants: [...base.participants, { id: 'new', name: 'Noor Aziz', role: 'it', stance: 'skeptic', inPilot: false, isFacilitator: false }],
      rounds: base.rounds.map((r, i) =>
        i === 0
          ? { ...r, votes: r.votes.slice(0, -1) }
          : i === 5
            ? { ...r, votes: [...r.votes, { participantId: 'new', score: 2, confidence: null, comment: '', source: 'grid', at: NOW }, { ...r.votes[0]!, participantId: 'x1' }, { ...r.votes[0]!, participantId: 'x2' }] }
            : r,
      ),
      actions: [
        ...base.actions.slice(1).map((a, i) => (i === 0 ? { ...a, owner: 'Tom Becker' } : a)),
        { ...base.actions[0]!, id: 'a-new1' },
        { ...base.actions[0]!, id: 'a-new2' },
      ],
    };
    const lines = diffSessions(base, later);
    expect(lines.map((line) => [line.area, en.text(line.detail)])).toEqual([
      ['participants', '+1'],
      ['votes', '+3 \u22121'],
      ['actions', '+2 \u22121, 1 edited'],
    ]);
    expect(describeChanges(lines, en)).toBe('participants: +1; votes: +3 \u22121; actions: +2 \u22121, 1 edited');
  });

  it('names frame fields, consensus, facts, notes, ownership, the verdict and settings', () => {
    const later: Session = {
      ...base,
      initiative: 'Voice agent v2',
      client: 'Harbourline',
      facts: { ...base.facts, 'pilot.records': 900, 'new.fact': true },
      gaps: {
        ...base.gaps,
        support: { ...base.gaps.support!, consensus: { level: 3, rationale: '', roundId: null, confirmedAt: NOW } },
        data: { ...base.gaps.data!, notes: 'More', evidence: [...base.gaps.data!.evidence, { id: 'e9', text: 'A', createdAt: NOW }] },
      },
      ownership: { ...base.ownership, monitoring: 'Dashboards' },
      verdictOverride: { value: 'go', reason: 'Because', at: NOW },
      settings: { ...base.settings, anonymous: true },
    };
    expect(describeChanges(diffSessions(base, later), en)).toBe(
      'frame: initiative and client; facts: 2 changed; consensus: 1 gap; evidence and risks: +1; gap notes: 1 edited; ownership: 1 field; verdict: overridden; settings: changed',
    );
    expect(describeChanges(diffSessions(base, later), translatorNow('de'))).toBe(
      'Rahmen: Initiative und Kunde; Fakten: 2 geändert; Konsens: 1 Lücke; Belege und Risiken: +1; Notizen zu Lücken: 1 geändert; Verantwortung: 1 Feld; Urteil: überschrieben; Einstellungen: geändert',
    );
  });
});
