/** Success criteria: the KPIs the room agrees on, with go/no-go thresholds, before anyone judges the pilot. */
import { useEffect, useRef } from 'react';
import type { KpiSuggestion } from '../../../../shared/framework/types';
import { emptyKpi, kpiFromSuggestion, unusedSuggestions } from '../../../../shared/model/kpiOps';
import type { Kpi } from '../../../../shared/model/session';
import { addCriterion, removeCriterion, updateCriterion } from '../../commands/registry';
import { useRunCommand } from '../../commands/useRunCommand';
import { plural } from '../../../../shared/text/plural';
import { newId } from '../../db/sessionRepository';
import type { StageProps } from '../workshop/stageProps';
import { KpiCard } from './KpiCard';
import { KpiSuggestions } from './KpiSuggestions';
import './criteria.css';
import { useFramework } from '../../i18n/useFramework';

function summary(kpis: readonly Kpi[]): string {
  const business = kpis.filter((k) => k.kind === 'business');
  const counts = [plural(business.length, 'business KPI', 'business KPIs'), plural(kpis.length - business.length, 'model metric', 'model metrics')];
  if (business.length === 0) return `${counts.join(' · ')} — the verdict needs at least one business KPI with a go/no-go threshold`;
  const withThreshold = business.filter((k) => k.threshold.trim() !== '').length;
  return [...counts, `${withThreshold} of ${business.length} with a go/no-go threshold`].join(' · ');
}

export function CriteriaStage({ session }: StageProps) {
  const framework = useFramework();
  const run = useRunCommand(session.id);
  const focusId = useRef<string | null>(null);

  // A new card takes the focus once it is on screen, so typing can go straight on.
  useEffect(() => {
    if (!focusId.current) return;
    const input = document.querySelector<HTMLInputElement>(`[data-kpi-id="${focusId.current}"] [data-testid="kpi-name"]`);
    if (!input) return;
    input.focus();
    focusId.current = null;
  }, [session.kpis]);

  const add = (kpi: Kpi) => {
    focusId.current = kpi.id;
    void run(addCriterion, { kpi }).then((outcome) => {
      if (!outcome.ok) focusId.current = null;
    });
  };

  const change = (id: string, patch: Partial<Omit<Kpi, 'id'>>) => void run(updateCriterion, { id, patch });

  const remove = async (id: string) => {
    const outcome = await run(removeCriterion, { id });
    if (outcome.ok) document.querySelector<HTMLElement>('[data-testid="add-kpi"]')?.focus();
  };

  return (
    <div className="stage-grid criteria-stage">
      <KpiSuggestions
        suggestions={unusedSuggestions(session.kpis, framework.kpiSuggestions)}
        onPick={(s: KpiSuggestion) => add(kpiFromSuggestion(s, newId()))}
        onAddOwn={() => add(emptyKpi(newId()))}
      />
      {session.kpis.length ? (
        <section className="kpi-list" aria-labelledby="kpi-list-title">
          <div className="kpi-list-head">
            <h2 id="kpi-list-title">Agreed criteria</h2>
            <p className="muted" data-testid="kpi-summary">
              {summary(session.kpis)}
            </p>
          </div>
          {session.kpis.map((kpi, i) => (
            <KpiCard key={kpi.id} kpi={kpi} index={i} onChange={(patch) => change(kpi.id, patch)} onRemove={() => void remove(kpi.id)} />
          ))}
        </section>
      ) : (
        <section className="card panel kpi-empty">
          <h2>No success criteria yet</h2>
          <p className="muted">
            Agree them before anyone judges the pilot, so the verdict rests on business results the room accepted in advance. Start from a
            suggestion above or add your own; give each business KPI a go/no-go threshold.
          </p>
        </section>
      )}
    </div>
  );
}
