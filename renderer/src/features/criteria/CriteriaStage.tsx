/** Success criteria: the KPIs the room agrees on, with go/no-go thresholds, before anyone judges the pilot. */
import { useEffect, useRef } from 'react';
import type { KpiSuggestion } from '../../../../shared/framework/types';
import { emptyKpi, kpiFromSuggestion, unusedSuggestions } from '../../../../shared/model/kpiOps';
import type { Kpi } from '../../../../shared/model/session';
import { addCriterion, removeCriterion, updateCriterion } from '../../commands/registry';
import { useRunCommand } from '../../commands/useRunCommand';
import { newId } from '../../db/sessionRepository';
import type { StageProps } from '../workshop/stageProps';
import { KpiCard } from './KpiCard';
import { KpiSuggestions } from './KpiSuggestions';
import './criteria.css';
import { useI18n } from '../../i18n/TranslatorContext';
import type { Translator } from '../../../../shared/i18n';
import { useFramework } from '../../i18n/useFramework';

/** "2 business KPIs · 1 model metric · 1 of 2 with a go/no-go threshold", in the window's language. */
export function criteriaSummary(kpis: readonly Kpi[], i18n: Translator): string {
  const business = kpis.filter((k) => k.kind === 'business');
  const values = { business: business.length, model: kpis.length - business.length };
  if (business.length === 0) return i18n.t('criteria.summary.noBusiness', values);
  const withThreshold = business.filter((k) => k.threshold.trim() !== '').length;
  return i18n.t('criteria.summary', { ...values, withThreshold });
}

export function CriteriaStage({ session }: StageProps) {
  const framework = useFramework();
  const run = useRunCommand(session.id);
  const i18n = useI18n();
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
            <h2 id="kpi-list-title">{i18n.t('criteria.list.title')}</h2>
            <p className="muted" data-testid="kpi-summary">
              {criteriaSummary(session.kpis, i18n)}
            </p>
          </div>
          {session.kpis.map((kpi, i) => (
            <KpiCard key={kpi.id} kpi={kpi} index={i} onChange={(patch) => change(kpi.id, patch)} onRemove={() => void remove(kpi.id)} />
          ))}
        </section>
      ) : (
        <section className="card panel kpi-empty">
          <h2>{i18n.t('criteria.empty.title')}</h2>
          <p className="muted">{i18n.t('criteria.empty.body')}</p>
        </section>
      )}
    </div>
  );
}
