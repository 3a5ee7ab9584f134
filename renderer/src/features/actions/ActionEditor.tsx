/**
 * One action, edited in place: title, owner (a participant or any name), due date, priority,
 * status, gap, and behind a disclosure its description, success measure and the client's notes
 * (which the tracker brings back). An open action without an owner or a date stands out with an
 * outline and a text label, never colour alone.
 * The action plan uses it in full; a gap's actions card uses the compact variant (no gap field).
 */
import { useId, useState } from 'react';
import type { ActionPatch } from '../../../../shared/actions/actionOps';
import { missingParts } from '../../../../shared/actions/actionSummary';
import { isOverdue } from '../../../../shared/actions/grouping';
import type { GapId } from '../../../../shared/framework/types';
import type { Action } from '../../../../shared/model/session';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';
import { BufferedInput } from './BufferedInput';
import { DueDateInput } from './DueDateInput';
import './actions.css';
import { useFramework } from '../../i18n/useFramework';

const NO_GAP = '';
const PRIORITIES: readonly Action['priority'][] = ['high', 'medium', 'low'];
const STATUSES: readonly Action['status'][] = ['open', 'in-progress', 'done'];

interface ActionEditorProps {
  action: Action;
  /** The id of the <datalist> of participant names. */
  ownerListId: string;
  /** YYYY-MM-DD in local time, to say "Overdue". */
  today: string;
  compact?: boolean;
  /** Held by a list whose rows move between groups (a moved row is a new row); else the row's own. */
  detailsOpen?: boolean;
  onDetailsOpenChange?(open: boolean): void;
  onChange(patch: ActionPatch): void;
  onDelete(): void;
}

export function ActionEditor({ action, ownerListId, today, compact = false, detailsOpen, onDetailsOpenChange, onChange, onDelete }: ActionEditorProps) {
  const i18n = useI18n();
  const framework = useFramework();
  const id = useId();
  const missing = missingParts(action);
  const needsAttention = missing.owner || missing.dueDate;
  const overdue = isOverdue(action, today);
  const tagsId = `${id}-tags`;
  const [ownOpen, setOwnOpen] = useState(false);
  const open = detailsOpen ?? ownOpen;
  const setOpen = onDetailsOpenChange ?? setOwnOpen;

  return (
    <li
      className="action-item"
      data-action-id={action.id}
      data-attention={needsAttention || undefined}
      data-status={action.status}
      data-compact={compact || undefined}
      aria-label={action.title}
    >
      <div className="action-head">
        <BufferedInput
          className="action-title"
          data-field="title"
          value={action.title}
          allowBlank={false}
          maxLength={300}
          aria-label={i18n.t('actionPlan.editor.titleLabel')}
          aria-describedby={needsAttention || overdue ? tagsId : undefined}
          onCommit={(title) => onChange({ title })}
        />
        <button
          type="button"
          className="btn btn-ghost btn-small action-more"
          data-field="more"
          aria-expanded={open}
          aria-controls={`${id}-details`}
          title={i18n.t('actionPlan.editor.moreTitle')}
          onClick={() => setOpen(!open)}
        >
          {i18n.t('actionPlan.editor.successMeasure')}
          {action.successMeasure.trim() === '' ? <span className="action-more-empty"> {i18n.t('actionPlan.editor.noneYet')}</span> : null}
        </button>
        <button type="button" className="btn btn-ghost icon-btn action-delete" data-field="delete" aria-label={i18n.t('actionPlan.editor.deleteLabel', { title: action.title })} title={i18n.t('common.delete')} onClick={onDelete}>
          <Icon name="trash" size={19} />
        </button>
      </div>

      {needsAttention || overdue ? (
        <p className="action-tags" id={tagsId}>
          {missing.owner ? <span className="attention-tag">{i18n.t('actionPlan.editor.noOwner')}</span> : null}
          {missing.dueDate ? <span className="attention-tag">{i18n.t('actionPlan.editor.noDueDate')}</span> : null}
          {overdue ? <span className="attention-tag attention-tag-overdue">{i18n.t('actionPlan.editor.overdue')}</span> : null}
        </p>
      ) : null}

      <div className="action-fields">
        <div className="field action-field-owner">
          <label htmlFor={`${id}-owner`}>{i18n.t('actionPlan.editor.owner')}</label>
          <BufferedInput
            id={`${id}-owner`}
            data-field="owner"
            className={missing.owner ? 'input-missing' : undefined}
            value={action.owner}
            list={ownerListId}
            maxLength={120}
            placeholder={i18n.t('actionPlan.editor.ownerPlaceholder')}
            onCommit={(owner) => onChange({ owner })}
          />
        </div>
        <div className="field action-field-date">
          <label htmlFor={`${id}-due`}>{i18n.t('actionPlan.editor.dueDate')}</label>
          <DueDateInput id={`${id}-due`} data-field="due" className={missing.dueDate ? 'input-missing' : undefined} value={action.dueDate} onCommit={(dueDate) => onChange({ dueDate })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-priority`}>{i18n.t('actionPlan.editor.priority')}</label>
          <select id={`${id}-priority`} data-field="priority" className="input" value={action.priority} onChange={(e) => onChange({ priority: e.target.value as Action['priority'] })}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {i18n.t('actionPlan.priority', { priority: p })}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>{i18n.t('actionPlan.editor.status')}</label>
          <select id={`${id}-status`} data-field="status" className="input" value={action.status} onChange={(e) => onChange({ status: e.target.value as Action['status'] })}>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {i18n.t('actionPlan.status', { status: s })}
              </option>
            ))}
          </select>
        </div>
        {compact ? null : (
          <div className="field action-field-gap">
            <label htmlFor={`${id}-gap`}>{i18n.t('actionPlan.editor.gap')}</label>
            <select
              id={`${id}-gap`}
              data-field="gap"
              className="input"
              value={action.gapId ?? NO_GAP}
              onChange={(e) => onChange({ gapId: e.target.value === NO_GAP ? null : (e.target.value as GapId) })}
            >
              <option value={NO_GAP}>{i18n.t('actionPlan.notLinked')}</option>
              {framework.gaps.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>

      <div className="action-details" id={`${id}-details`} hidden={!open}>
        <div className="field">
          <label htmlFor={`${id}-measure`}>{i18n.t('actionPlan.editor.successMeasure')}</label>
          <BufferedInput
            id={`${id}-measure`}
            data-field="measure"
            multiline
            value={action.successMeasure}
            maxLength={500}
            placeholder={i18n.t('actionPlan.editor.measurePlaceholder')}
            onCommit={(successMeasure) => onChange({ successMeasure })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>{i18n.t('actionPlan.editor.description')}</label>
          <BufferedInput
            id={`${id}-description`}
            data-field="description"
            multiline
            value={action.description}
            maxLength={20_000}
            placeholder={i18n.t('actionPlan.editor.descriptionPlaceholder')}
            onCommit={(description) => onChange({ description })}
          />
        </div>
        <div className="field action-field-notes">
          <label htmlFor={`${id}-notes`}>{i18n.t('actionPlan.editor.notes')}</label>
          <BufferedInput
            id={`${id}-notes`}
            data-field="notes"
            multiline
            value={action.notes ?? ''}
            maxLength={20_000}
            placeholder={i18n.t('actionPlan.editor.notesPlaceholder')}
            onCommit={(notes) => onChange({ notes })}
          />
        </div>
      </div>
    </li>
  );
}
