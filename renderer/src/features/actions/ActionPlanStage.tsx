/**
 * The action plan: every action, editable in place, grouped by gap, owner or due date; free
 * actions typed in with Enter, or suggested ones added in one click; what still lacks an owner
 * or a date stands out and is counted at the top, next to what the plan does to the verdict.
 */
import { useId, useRef, useState } from 'react';
import { addedSuggestionIds } from '../../../../shared/actions/actionOps';
import { GROUPINGS, GROUPING_LABELS, groupActions, type Grouping } from '../../../../shared/actions/grouping';
import type { GapId } from '../../../../shared/framework/types';
import { effectiveLevel } from '../../../../shared/scoring/rounds';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';
import type { StageProps } from '../workshop/stageProps';
import { ActionEditor } from './ActionEditor';
import { ActionGroupHeading } from './ActionGroupHeading';
import { LevelBadge } from './LevelBadge';
import { NewActionForm } from './NewActionForm';
import { OwnerNames } from './OwnerNames';
import { PlanSummary } from './PlanSummary';
import { SuggestionRows } from './SuggestionRows';
import { localDay } from '../../../../shared/text/dates';
import { useActionCommands } from './useActionCommands';
import { TrackerImportDialog } from './TrackerImportDialog';
import { useTrackerImport } from './useTrackerImport';
import { useTrackerImportRequests } from './trackerImportRequest';
import { usePendingFocus } from './usePendingFocus';
import { useFocusFollowsRow } from './useFocusFollowsRow';
import './actions.css';
import { useFramework } from '../../i18n/useFramework';

export function ActionPlanStage({ session }: StageProps) {
  const i18n = useI18n();
  const framework = useFramework();
  const commands = useActionCommands(session.id);
  const [grouping, setGrouping] = useState<Grouping>('gap');
  const [announcement, setAnnouncement] = useState('');
  const ownerListId = useId();
  const groupingName = useId();
  const newTitleRef = useRef<HTMLInputElement>(null);
  const focusLater = usePendingFocus();
  const followFocus = useFocusFollowsRow();
  const [openDetails, setOpenDetails] = useState<ReadonlySet<string>>(() => new Set());
  const setDetailsOpen = (id: string, open: boolean) =>
    setOpenDetails((ids) => {
      const next = new Set(ids);
      if (open) next.add(id);
      else next.delete(id);
      return next;
    });
  const today = localDay();
  const trackerImport = useTrackerImport(session);
  useTrackerImportRequests(session.id, trackerImport.start);

  const groups = groupActions(session.actions, grouping, today, session.framework);
  const added = addedSuggestionIds(session);

  const remove = (id: string) => {
    // Keep keyboard users in place: the next action in view takes the focus, else the one before.
    const order = groups.flatMap((g) => g.actions.map((a) => a.id));
    const at = order.indexOf(id);
    const neighbour = order[at + 1] ?? order[at - 1];
    if (neighbour) focusLater(`[data-action-id="${CSS.escape(neighbour)}"] .action-title`);
    else newTitleRef.current?.focus();
    void commands.remove(id);
  };

  const add = async (title: string, gapId: GapId | null) => {
    await commands.add(title, gapId);
    setAnnouncement(i18n.t('actionPlan.added', { title }));
  };

  return (
    <div className="action-plan">
      <OwnerNames id={ownerListId} participants={session.participants} />
      <TrackerImportDialog state={trackerImport.state} onApply={() => void trackerImport.apply()} onClose={trackerImport.close} />
      <PlanSummary session={session} />

      <section className="card panel plan-list" aria-labelledby="plan-list-title" onFocus={followFocus}>
        <div className="plan-list-header">
          <h2 id="plan-list-title">{i18n.t('actionPlan.title')}</h2>
          <button type="button" className="btn btn-small plan-import" onClick={() => void trackerImport.start()}>
            {i18n.t('actionPlan.importTracker')}
          </button>
          <fieldset className="field plan-grouping">
            <legend className="label">{i18n.t('actionPlan.groupBy')}</legend>
            <span className="segmented">
              {GROUPINGS.map((g) => (
                <label key={g} className="segment" data-checked={grouping === g || undefined}>
                  <input type="radio" name={groupingName} value={g} checked={grouping === g} onChange={() => setGrouping(g)} />
                  <span>{i18n.text(GROUPING_LABELS[g])}</span>
                </label>
              ))}
            </span>
          </fieldset>
        </div>

        <NewActionForm onAdd={add} inputRef={newTitleRef} />
        <p className="visually-hidden" role="status">
          {announcement}
        </p>

        {groups.length === 0 ? (
          <div className="plan-empty">
            <p>{i18n.t('actionPlan.empty.title')}</p>
            <p className="muted">{i18n.t('actionPlan.empty.lead')}</p>
          </div>
        ) : (
          groups.map((group) => (
            <section key={`${grouping}-${group.key}`} className="action-group" aria-labelledby={`group-${grouping}-${group.key}`} data-group={group.key}>
              <ActionGroupHeading session={session} grouping={grouping} group={group} headingId={`group-${grouping}-${group.key}`} />
              <ul className="action-list">
                {group.actions.map((action) => (
                  <ActionEditor
                    key={action.id}
                    action={action}
                    ownerListId={ownerListId}
                    today={today}
                    detailsOpen={openDetails.has(action.id)}
                    onDetailsOpenChange={(open) => setDetailsOpen(action.id, open)}
                    onChange={(patch) => void commands.change(action.id, patch)}
                    onDelete={() => remove(action.id)}
                  />
                ))}
              </ul>
            </section>
          ))
        )}
      </section>

      <section className="card panel plan-suggestions" aria-labelledby="plan-suggestions-title">
        <h2 id="plan-suggestions-title">{i18n.t('actionPlan.suggestions.title')}</h2>
        <p className="muted">{i18n.t('actionPlan.suggestions.lead')}</p>
        <div className="suggestion-gaps">
          {framework.gaps.map((gap) => {
            const inPlan = gap.suggestedActions.filter((s) => added.has(s.id)).length;
            const level = effectiveLevel(session, gap.id);
            return (
              <details key={gap.id} className="suggestion-gap" style={{ ['--gap-color' as string]: gap.color }} data-gap={gap.id}>
                <summary>
                  <span className="gap-badge" aria-hidden="true">
                    <Icon name={gap.icon} size={18} />
                  </span>
                  <span className="suggestion-gap-name">
                    {gap.number}. {gap.name}
                  </span>
                  {level !== null ? <LevelBadge level={level} /> : <span className="muted small">{i18n.t('actionPlan.suggestions.notScored')}</span>}
                  <span className="suggestion-gap-count muted">{i18n.t('actionPlan.suggestions.inPlan', { count: inPlan, total: gap.suggestedActions.length })}</span>
                </summary>
                <SuggestionRows gapId={gap.id} added={added} onAdd={(id) => void commands.addSuggestion(id)} />
              </details>
            );
          })}
        </div>
      </section>
    </div>
  );
}
