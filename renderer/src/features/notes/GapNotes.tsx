/**
 * Evidence, risks and actions of one gap: two cards of short notes side by side, then the gap's
 * actions with the same editor as the action plan (compact), a "New action" field and the gap's
 * suggested actions as one-click chips.
 */
import { useId, useRef } from 'react';
import { addedSuggestionIds } from '../../../../shared/actions/actionOps';
import { attentionSentence } from '../../../../shared/actions/actionSummary';
import { gapActionHint } from '../../../../shared/actions/verdictOutlook';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';
import { ActionEditor } from '../actions/ActionEditor';
import { NewActionForm } from '../actions/NewActionForm';
import { OwnerNames } from '../actions/OwnerNames';
import { SuggestionChips } from '../actions/SuggestionChips';
import { localDay } from '../../../../shared/text/dates';
import { gapAssessment } from '../../../../shared/model/gapAssessment';
import { useActionCommands } from '../actions/useActionCommands';
import { usePendingFocus } from '../actions/usePendingFocus';
import type { GapStageProps } from '../workshop/stageProps';
import { NoteCard } from './NoteCard';
import { useNoteCommands } from './useNoteCommands';
import './notes.css';

export function GapNotes({ session, gapId }: GapStageProps) {
  const i18n = useI18n();
  const notes = useNoteCommands(session.id, gapId);
  const actions = useActionCommands(session.id);
  const ownerListId = useId();
  const newTitleRef = useRef<HTMLInputElement>(null);
  const focusLater = usePendingFocus();
  const today = localDay();

  const gap = gapAssessment(session, gapId);
  const gapActions = session.actions.filter((a) => a.gapId === gapId);
  const added = addedSuggestionIds(session);
  const hint = gapActionHint(session, gapId);
  const attention = attentionSentence(gapActions);

  const removeAction = (id: string) => {
    const at = gapActions.findIndex((a) => a.id === id);
    const neighbour = gapActions[at + 1] ?? gapActions[at - 1];
    if (neighbour) focusLater(`[data-action-id="${CSS.escape(neighbour.id)}"] .action-title`);
    else newTitleRef.current?.focus();
    void actions.remove(id);
  };

  return (
    <div className="gap-notes" data-testid="gap-notes">
      <div className="gap-notes-pair">
        <NoteCard
          title={i18n.t('notes.evidence.title')}
          icon={<Icon name="check" size={18} />}
          purpose={i18n.t('notes.evidence.purpose')}
          kind="evidence"
          placeholder={i18n.t('notes.evidence.placeholder')}
          empty={i18n.t('notes.evidence.empty')}
          items={gap.evidence}
          withSeverity={false}
          onAdd={(text) => notes.addEvidence(text)}
          onChangeText={(id, text) => void notes.changeEvidence(id, text)}
          onRemove={(id) => void notes.removeEvidence(id)}
        />
        <NoteCard
          title={i18n.t('notes.risks.title')}
          icon={<Icon name="flag" size={18} />}
          purpose={i18n.t('notes.risks.purpose')}
          kind="risk"
          placeholder={i18n.t('notes.risks.placeholder')}
          empty={i18n.t('notes.risks.empty')}
          items={gap.risks}
          withSeverity
          onAdd={(text, severity) => notes.addRisk(text, severity)}
          onChangeText={(id, text) => void notes.changeRisk(id, { text })}
          onChangeSeverity={(id, severity) => void notes.changeRisk(id, { severity })}
          onRemove={(id) => void notes.removeRisk(id)}
        />
      </div>

      <section className="card panel gap-actions" aria-labelledby={`${ownerListId}-title`}>
        <OwnerNames id={ownerListId} participants={session.participants} />
        <div className="note-card-head">
          <span className="note-card-icon" aria-hidden="true">
            <Icon name="list" size={18} />
          </span>
          <h3 id={`${ownerListId}-title`}>{i18n.t('notes.actions.title')}</h3>
          <span className="note-count muted">{gapActions.length}</span>
        </div>
        {hint || attention ? (
          <p className="gap-actions-hint muted">
            {attention ? <strong className="gap-actions-attention">{i18n.text(attention)}.</strong> : null} {hint ? i18n.text(hint) : null}
          </p>
        ) : null}

        {gapActions.length > 0 ? (
          <ul className="action-list">
            {gapActions.map((action) => (
              <ActionEditor
                key={action.id}
                compact
                action={action}
                ownerListId={ownerListId}
                today={today}
                onChange={(patch) => void actions.change(action.id, patch)}
                onDelete={() => removeAction(action.id)}
              />
            ))}
          </ul>
        ) : (
          <p className="note-empty muted">{i18n.t('notes.actions.empty')}</p>
        )}

        <NewActionForm gapId={gapId} onAdd={(title) => actions.add(title, gapId)} inputRef={newTitleRef} />

        <div className="gap-suggestions">
          <p className="eyebrow">{i18n.t('notes.actions.suggested')}</p>
          <SuggestionChips gapId={gapId} added={added} onAdd={(id) => void actions.addSuggestion(id)} />
        </div>
      </section>
    </div>
  );
}
