/** The agenda a session made from the framework starts with: the order of its stages and their timeboxes. */
import { useId, useState } from 'react';
import type { FrameworkStage } from '../../../../shared/framework/frameworkSchema';
import type { MessageId } from '../../../../shared/i18n';
import { useI18n } from '../../i18n/TranslatorContext';
import { onMoveKeys } from './moveKeys';
import type { DraftEditor } from './useDraft';

const STAGE_TITLES: Record<Exclude<FrameworkStage['kind'], 'gap'>, MessageId> = {
  frame: 'workshop.stage.frame.title',
  criteria: 'workshop.stage.criteria.title',
  ownership: 'workshop.stage.ownership.title',
  verdict: 'workshop.stage.verdict.title',
  actions: 'workshop.stage.actions.title',
  export: 'workshop.stage.export.title',
};

/** Whole minutes; the field keeps what is typed until it is a number the agenda can take. */
function TimeboxInput({ minutes, label, error, onCommit }: { minutes: number; label: string; error: string | null; onCommit(minutes: number): void }) {
  const id = useId();
  const i18n = useI18n();
  // What is typed, for the value it was typed over; a new value from outside (Undo) replaces it.
  const [typed, setTyped] = useState({ text: String(minutes), over: minutes });
  const text = typed.over === minutes ? typed.text : String(minutes);
  const setText = (next: string) => setTyped({ text: next, over: minutes });
  return (
    <span className="fw-timebox">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input
        id={id}
        className="input"
        type="number"
        inputMode="numeric"
        min={0}
        max={600}
        step={1}
        value={text}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => {
          setText(e.target.value);
          const n = Number(e.target.value);
          if (e.target.value.trim() !== '' && Number.isInteger(n) && n >= 0 && n <= 600) onCommit(n);
        }}
        onBlur={() => setText(String(minutes))}
      />
      {/* The label names the unit for screen readers. */}
      <span className="unit" aria-hidden="true">
        {i18n.t('frameworkEditor.agenda.minutesUnit')}
      </span>
      {error ? (
        <span id={`${id}-error`} className="field-error">
          {error}
        </span>
      ) : null}
    </span>
  );
}

export function AgendaEditor({ editor }: { editor: DraftEditor }) {
  const i18n = useI18n();
  const { framework } = editor;
  const total = framework.agenda.reduce((sum, stage) => sum + stage.timeboxMinutes, 0);
  const title = (stage: FrameworkStage) => (stage.kind === 'gap' && stage.gapId ? editor.gapName(stage.gapId) : i18n.t(STAGE_TITLES[stage.kind as Exclude<FrameworkStage['kind'], 'gap'>]));
  const move = (index: number, delta: -1 | 1) => {
    const to = index + delta;
    if (to < 0 || to >= framework.agenda.length) return;
    editor.edit({ kind: 'moveStage', fromIndex: index, toIndex: to });
    // Focus stays with the moved stage, so it can be moved on by key.
    requestAnimationFrame(() => document.getElementById(`fw-stage-${to}`)?.focus());
  };
  return (
    <section className="fw-section" aria-labelledby="fw-section-title">
      <header className="fw-section-head">
        <div className="fw-section-titles">
          <h2 id="fw-section-title">{i18n.t('frameworkEditor.agenda.title')}</h2>
          <p className="muted">{i18n.t('frameworkEditor.agenda.lead')}</p>
        </div>
        <p className="fw-total" aria-live="polite">
          {i18n.t('frameworkEditor.agenda.total', { hours: Math.floor(total / 60), minutes: total % 60 })}
        </p>
      </header>
      <ol className="fw-agenda" aria-label={i18n.t('frameworkEditor.agenda.title')}>
        {framework.agenda.map((stage, index) => {
          const name = title(stage);
          return (
            <li key={`${stage.kind}-${stage.gapId ?? index}`} className="fw-agenda-row" data-kind={stage.kind}>
              <span className="fw-agenda-n" aria-hidden="true">
                {index + 1}
              </span>
              <span id={`fw-stage-${index}`} className="fw-agenda-name" tabIndex={0} onKeyDown={onMoveKeys((delta) => move(index, delta))} aria-describedby="fw-agenda-keys">
                {name}
              </span>
              <TimeboxInput
                minutes={stage.timeboxMinutes}
                label={i18n.t('frameworkEditor.agenda.timebox', { stage: name })}
                error={editor.errorAt(`agenda.${index}`)}
                onCommit={(minutes) => editor.edit({ kind: 'setTimebox', stageIndex: index, minutes })}
              />
              <span className="fw-row-actions">
                <button type="button" className="btn btn-small btn-ghost" disabled={index === 0} onClick={() => move(index, -1)} aria-label={i18n.t('frameworkEditor.agenda.moveUp', { stage: name })}>
                  ↑
                </button>
                <button type="button" className="btn btn-small btn-ghost" disabled={index === framework.agenda.length - 1} onClick={() => move(index, 1)} aria-label={i18n.t('frameworkEditor.agenda.moveDown', { stage: name })}>
                  ↓
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p id="fw-agenda-keys" className="muted small">
        {i18n.t('frameworkEditor.agenda.keys')}
      </p>
    </section>
  );
}
