/**
 * Export: the documents the client keeps. Pick the formats (all ticked), pick a folder, watch each
 * document being written, then show them in the folder. Every document is built from the same
 * report model, on this laptop, with no network.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { charterUnavailable } from '../../../../shared/report/charterModel';
import { CHARTER_FORMATS, EXPORT_FORMATS, EXPORT_FORMAT_INFO, type ExportFormat } from '../../../../shared/report/exportFormats';
import { needsOwnerOrDate } from '../../../../shared/actions/actionSummary';
import { sessionGapIds } from '../../../../shared/framework/sessionFramework';
import { effectiveLevel } from '../../../../shared/scoring/rounds';
import { call, messageOf } from '../../platform/api';
import { useAppStore } from '../../store/appStore';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';
import type { StageProps } from '../workshop/stageProps';
import { useDocumentExport, type ExportItem } from './useDocumentExport';
import './export.css';

function StateMark({ item }: { item: ExportItem }) {
  switch (item.state) {
    case 'waiting':
      return <span className="export-mark" data-state="waiting" aria-hidden="true" />;
    case 'working':
      return <span className="export-mark" data-state="working" aria-hidden="true" />;
    case 'done':
      return (
        <span className="export-mark" data-state="done" aria-hidden="true">
          <Icon name="check" size={16} />
        </span>
      );
    case 'failed':
      return (
        <span className="export-mark" data-state="failed" aria-hidden="true">
          !
        </span>
      );
  }
}

const STATE_WORDS = {
  waiting: 'exportStage.state.waiting',
  working: 'exportStage.state.working',
  done: 'exportStage.state.done',
  failed: 'exportStage.state.failed',
} as const;

export function ExportStage({ session }: StageProps) {
  const i18n = useI18n();
  const [selected, setSelected] = useState<ReadonlySet<ExportFormat>>(() => new Set(EXPORT_FORMATS));
  const exporter = useDocumentExport();
  const showToast = useAppStore((s) => s.showToast);
  // The charter is written only when the verdict is Not yet: otherwise its formats are shown, disabled, with the reason.
  const charterReason = useMemo(() => charterUnavailable(session), [session]);
  const offered = (f: ExportFormat): boolean => !(charterReason && CHARTER_FORMATS.includes(f));
  const formats = EXPORT_FORMATS.filter((f) => selected.has(f) && offered(f));
  const busy = exporter.phase === 'working';

  const readiness = useMemo(() => {
    const unscored = sessionGapIds(session).filter((g) => effectiveLevel(session, g) === null).length;
    const loose = session.actions.filter(needsOwnerOrDate).length;
    return { unscored, loose };
  }, [session]);

  function toggle(format: ExportFormat) {
    setSelected((current) => {
      const next = new Set(current);
      if (next.has(format)) next.delete(format);
      else next.add(format);
      return next;
    });
  }

  async function showInFolder(path: string) {
    try {
      await call('showInFolder', { path });
    } catch (error) {
      showToast({ tone: 'error', message: messageOf(error) });
    }
  }

  const done = exporter.items.filter((i) => i.state === 'done');
  const failed = exporter.items.filter((i) => i.state === 'failed');
  const finished = exporter.phase === 'finished';
  const progressRef = useRef<HTMLElement | null>(null);
  const showRef = useRef<HTMLButtonElement | null>(null);

  // Keep the person with the work: bring the progress into view, then offer "Show in folder".
  useEffect(() => {
    if (exporter.phase === 'working') progressRef.current?.scrollIntoView({ block: 'nearest' });
    if (exporter.phase === 'finished') {
      progressRef.current?.scrollIntoView({ block: 'nearest' });
      showRef.current?.focus();
    }
  }, [exporter.phase]);

  return (
    <div className="export-stage">
      {readiness.unscored > 0 || readiness.loose > 0 || session.settings.anonymous ? (
        <div className="export-notes">
          {readiness.unscored > 0 || readiness.loose > 0 ? (
            <p className="export-note" data-tone="warning">
              <Icon name="flag" size={18} />
              <span>
                {readiness.unscored > 0 && readiness.loose > 0
                  ? i18n.t('exportStage.notes.incompleteBoth', { unscored: readiness.unscored, loose: readiness.loose })
                  : readiness.unscored > 0
                    ? i18n.t('exportStage.notes.incompleteUnscored', { unscored: readiness.unscored })
                    : i18n.t('exportStage.notes.incompleteLoose', { loose: readiness.loose })}
              </span>
            </p>
          ) : null}
          {session.settings.anonymous ? (
            <p className="export-note">
              <Icon name="users" size={18} />
              <span>{i18n.t('exportStage.notes.anonymous')}</span>
            </p>
          ) : null}
        </div>
      ) : null}

      <section className="card panel" aria-labelledby="export-formats-title">
        <div className="export-section-head">
          <h2 id="export-formats-title">{i18n.t('exportStage.documents')}</h2>
          <div className="export-select-all">
            <button type="button" className="btn btn-ghost btn-small" disabled={busy || selected.size === EXPORT_FORMATS.length} onClick={() => setSelected(new Set(EXPORT_FORMATS))}>
              {i18n.t('exportStage.selectAll')}
            </button>
            <button type="button" className="btn btn-ghost btn-small" disabled={busy || selected.size === 0} onClick={() => setSelected(new Set())}>
              {i18n.t('exportStage.clear')}
            </button>
          </div>
        </div>
        <ul className="export-formats">
          {EXPORT_FORMATS.map((format) => {
            const info = EXPORT_FORMAT_INFO[format];
            const id = `export-format-${format}`;
            return (
              <li key={format}>
                <label className="export-format" htmlFor={id} data-checked={selected.has(format) && offered(format) ? '' : undefined}>
                  <input
                    id={id}
                    type="checkbox"
                    checked={selected.has(format) && offered(format)}
                    disabled={busy || !offered(format)}
                    aria-describedby={offered(format) ? undefined : `${id}-unavailable`}
                    onChange={() => toggle(format)}
                  />
                  <span className="export-format-text">
                    <span className="export-format-label">{i18n.t(info.labelId)}</span>
                    <span className="export-format-desc">{i18n.t(info.descriptionId)}</span>
                    {!offered(format) && charterReason ? (
                      <span id={`${id}-unavailable`} className="export-format-desc export-format-unavailable" data-testid="export-format-unavailable">
                        {i18n.text(charterReason)}
                      </span>
                    ) : null}
                  </span>
                  <span className="export-ext">.{info.extension}</span>
                </label>
              </li>
            );
          })}
        </ul>
      </section>

      <section className="card panel export-destination" aria-labelledby="export-folder-title">
        <h2 id="export-folder-title">{i18n.t('exportStage.destination')}</h2>
        <div className="export-folder-row">
          <p className="export-folder" data-testid="export-folder">
            {exporter.folder ? <span className="export-path">{exporter.folder}</span> : <span className="muted">{i18n.t('exportStage.noFolder')}</span>}
          </p>
          {exporter.folderIsFixed ? null : (
            <button type="button" className="btn" disabled={busy} onClick={() => void exporter.chooseFolder()}>
              {exporter.folder ? i18n.t('exportStage.changeFolder') : i18n.t('exportStage.chooseFolder')}
            </button>
          )}
        </div>
        {exporter.folderIsFixed ? (
          <p className="muted export-fixed-note" data-testid="export-fixed-note">
            {i18n.t('exportStage.fixedFolder')}
          </p>
        ) : null}
        <div className="export-go">
          <button type="button" className="btn btn-primary export-run" disabled={busy || formats.length === 0} onClick={() => void exporter.run(session, formats)}>
            <Icon name="download" />
            {busy ? i18n.t('exportStage.exporting') : formats.length === 0 ? i18n.t('exportStage.chooseOne') : i18n.t('exportStage.export', { count: formats.length })}
          </button>
          <span className="muted export-hint">{i18n.t('exportStage.replaced')}</span>
        </div>
        {exporter.problem ? (
          <p className="export-problem" role="alert">
            {exporter.problem}
          </p>
        ) : null}
      </section>

      {exporter.items.length > 0 ? (
        <section className="card panel" aria-labelledby="export-progress-title" ref={progressRef}>
          <h2 id="export-progress-title">
            {busy
              ? i18n.t('exportStage.progress.writing')
              : failed.length === 0
                ? i18n.t('exportStage.progress.allSaved')
                : done.length === 0
                  ? i18n.t('exportStage.progress.noneSaved')
                  : i18n.t('exportStage.progress.someSaved')}
          </h2>
          <ol className="export-progress" aria-live="polite">
            {exporter.items.map((item) => (
              <li key={item.format} className="export-item" data-state={item.state} data-format={item.format}>
                <StateMark item={item} />
                <span className="export-item-text">
                  <span className="export-item-label">
                    {i18n.t(EXPORT_FORMAT_INFO[item.format].labelId)}
                    <span className="export-item-state">{i18n.t(STATE_WORDS[item.state])}</span>
                  </span>
                  {item.fileName ? <span className="export-item-file">{item.fileName}</span> : null}
                  {item.message ? <span className="export-item-message">{item.message}</span> : null}
                </span>
              </li>
            ))}
          </ol>
          {finished ? (
            <div className="export-done">
              <p className="export-summary" role="status">
                {done.length > 0
                  ? exporter.folder
                    ? i18n.t('exportStage.summary.saved', { count: done.length, folder: exporter.folder })
                    : i18n.t('exportStage.summary.savedInFolder', { count: done.length })
                  : ''}
                {failed.length > 0 ? ` ${i18n.t('exportStage.summary.failed', { count: failed.length })}` : ''}
              </p>
              {done.length > 0 ? (
                <button type="button" className="btn btn-primary" ref={showRef} onClick={() => void showInFolder(done[0]!.path!)}>
                  {i18n.t('exportStage.showInFolder')}
                </button>
              ) : null}
            </div>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
