/**
 * The returned tracker, before anything changes: every change per action (field, before → after),
 * the values that could not be read and why, the rows that match no action, and how many of the
 * session's actions the workbook does not list. Apply runs one session command (one undo step);
 * Cancel changes nothing. A refused file shows its sentence and a Close button.
 */
import { useEffect, useId, useRef } from 'react';
import { PRIORITY_LABELS, STATUS_LABELS } from '../../../../shared/actions/actionSummary';
import type { FieldChange, TrackerChanges, UnmatchedReason } from '../../../../shared/actions/trackerChanges';
import type { Message } from '../../../../shared/i18n';
import type { MessageId } from '../../../../shared/i18n/messageIds';
import type { Action } from '../../../../shared/model/session';
import { formatDay } from '../../../../shared/text/dates';
import { useI18n } from '../../i18n/TranslatorContext';
import { Dialog } from '../../ui/Dialog';

export type TrackerImportState =
  | { step: 'preview'; fileName: string; fromOtherSession: boolean; changes: TrackerChanges }
  | { step: 'refused'; fileName: string; message: Message };

interface TrackerImportDialogProps {
  state: TrackerImportState | null;
  onApply(): void;
  onClose(): void;
}

const UNMATCHED_WORDS: Readonly<Record<UnmatchedReason, MessageId>> = {
  new: 'trackerImport.unmatched.new',
  'unknown-id': 'trackerImport.unmatched.unknownId',
  'duplicate-id': 'trackerImport.unmatched.duplicateId',
};

export function TrackerImportDialog({ state, onApply, onClose }: TrackerImportDialogProps) {
  const i18n = useI18n();
  return (
    <Dialog open={state !== null} title={i18n.t('trackerImport.dialog.title')} onClose={onClose}>
      {state?.step === 'preview' ? <Preview state={state} onApply={onApply} onClose={onClose} /> : null}
      {state?.step === 'refused' ? (
        <div className="dialog-body tracker-import">
          <h2>{i18n.t('trackerImport.refused.title')}</h2>
          <p className="muted">{i18n.t('trackerImport.preview.file', { fileName: state.fileName })}</p>
          <p role="alert">{i18n.text(state.message)}</p>
          <div className="dialog-actions">
            <button type="button" className="btn btn-primary" onClick={onClose}>
              {i18n.t('common.close')}
            </button>
          </div>
        </div>
      ) : null}
    </Dialog>
  );
}

function Preview({ state, onApply, onClose }: { state: Extract<TrackerImportState, { step: 'preview' }>; onApply(): void; onClose(): void }) {
  const i18n = useI18n();
  const id = useId();
  const { changes, unmatched, invalid, notListed } = state.changes;
  // The dialog opens (showModal) after this mounts and focuses its first control: hand the focus on
  // to the decision right after, Apply when there is something to apply, else Cancel.
  const decision = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    const frame = requestAnimationFrame(() => decision.current?.focus());
    return () => cancelAnimationFrame(frame);
  }, []);
  const where = (row: number, ref: string) => (ref ? i18n.t('trackerImport.preview.rowRef', { row, ref }) : i18n.t('trackerImport.preview.row', { row }));

  const value = (change: FieldChange, which: 'from' | 'to'): string => {
    const stored = change[which];
    if (stored === null || stored === '') return change.field === 'dueDate' ? i18n.t('trackerImport.value.noDate') : i18n.t('trackerImport.value.empty');
    switch (change.field) {
      case 'status':
        return i18n.text(STATUS_LABELS[stored as Action['status']]);
      case 'priority':
        return i18n.text(PRIORITY_LABELS[stored as Action['priority']]);
      case 'dueDate':
        return formatDay(stored, 'long', i18n.locale);
      default:
        return stored;
    }
  };

  return (
    <div className="dialog-body tracker-import">
      <div>
        <h2 id={`${id}-title`}>{i18n.t('trackerImport.dialog.title')}</h2>
        <p className="muted">{i18n.t('trackerImport.preview.file', { fileName: state.fileName })}</p>
        {state.fromOtherSession ? <p className="tracker-import-note">{i18n.t('trackerImport.preview.otherSession')}</p> : null}
      </div>

      {/* Scrolls when long: focusable, so the keyboard can scroll it too. */}
      <div className="tracker-import-lists" role="region" aria-labelledby={`${id}-title`} tabIndex={0}>
        <section aria-labelledby={`${id}-changes`}>
          <h3 id={`${id}-changes`}>{changes.length === 0 ? i18n.t('trackerImport.preview.noChanges') : i18n.t('trackerImport.preview.changesHeading', { count: changes.length })}</h3>
          <ul className="tracker-import-changes">
            {changes.map((change) => (
              <li key={change.actionId} data-action-id={change.actionId}>
                <p className="tracker-import-action">
                  <span className="muted">{where(change.row, change.ref)}</span> <strong>{change.title}</strong>
                </p>
                <ul>
                  {change.changes.map((field) => (
                    <li key={field.field} data-field={field.field}>
                      {i18n.t('trackerImport.field', { field: field.field })}
                      {': '}
                      <span className="tracker-import-from" data-empty={field.from === null || field.from === '' || undefined}>
                        {value(field, 'from')}
                      </span>
                      {' → '}
                      <span className="tracker-import-to">{value(field, 'to')}</span>
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </section>

        {invalid.length > 0 ? (
          <section aria-labelledby={`${id}-invalid`}>
            <h3 id={`${id}-invalid`}>{i18n.t('trackerImport.preview.invalidHeading', { count: invalid.length })}</h3>
            <ul className="tracker-import-problems">
              {invalid.map((problem) => (
                <li key={`${problem.row}-${problem.field}`}>
                  <span className="muted">{where(problem.row, problem.ref)}</span> {i18n.t('trackerImport.field', { field: problem.field })}
                  {': '}
                  {i18n.text(problem.message)}
                </li>
              ))}
            </ul>
          </section>
        ) : null}

        {unmatched.length > 0 ? (
          <section aria-labelledby={`${id}-unmatched`}>
            <h3 id={`${id}-unmatched`}>{i18n.t('trackerImport.preview.unmatchedHeading', { count: unmatched.length })}</h3>
            <ul className="tracker-import-problems">
              {unmatched.map((row) => (
                <li key={row.row} data-reason={row.reason}>
                  <span className="muted">{where(row.row, row.ref)}</span> {row.title ? <strong>{row.title}</strong> : null} {i18n.t(UNMATCHED_WORDS[row.reason])}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>

      {notListed.length > 0 ? <p className="muted">{i18n.t('trackerImport.preview.notListed', { count: notListed.length })}</p> : null}
      <p className="muted small">{i18n.t('trackerImport.preview.readColumns')}</p>

      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} ref={changes.length === 0 ? decision : undefined}>
          {i18n.t('common.cancel')}
        </button>
        {changes.length > 0 ? (
          <button type="button" className="btn btn-primary" onClick={onApply} ref={decision}>
            {i18n.t('trackerImport.apply', { count: changes.length })}
          </button>
        ) : null}
      </div>
    </div>
  );
}
