import type { FrameworkFileRefusal, SessionFileRefusal } from '../../../../shared/ipc/contract';
import type { Session } from '../../../../shared/model/session';
import { formatInstant } from '../../../../shared/text/dates';
import { Dialog } from '../../ui/Dialog';
import type { OpenedFile } from './openedSession';
import { useI18n } from '../../i18n/TranslatorContext';
import type { MessageId, Translator } from '../../../../shared/i18n';

/** Where opening a file stopped to tell or ask the facilitator something. */
export type OpenStep =
  | { step: 'refused'; fileName: string; message: string; code: SessionFileRefusal }
  /** A .rrframework file (double-click, drop) that cannot join the framework library. */
  | { step: 'refused'; fileName: string; message: string; code: FrameworkFileRefusal; framework: true }
  | { step: 'repaired'; file: OpenedFile }
  | { step: 'conflict'; file: OpenedFile; existing: Session };

interface OpenFileDialogProps {
  step: OpenStep | null;
  busy: boolean;
  onClose(): void;
  /** After the repair report: go on opening. */
  onContinue(file: OpenedFile): void;
  onReplace(file: OpenedFile, existing: Session): void;
  onKeepBoth(file: OpenedFile): void;
}

function formatTime(value: string | number | null, locale: string): string | null {
  return value === null ? null : formatInstant(value, 'dateClock', locale);
}

const REFUSAL_TITLES: Record<SessionFileRefusal, MessageId> = {
  'too-large': 'files.refused.tooLarge',
  'not-json': 'files.refused.notSession',
  'not-a-session': 'files.refused.notSession',
  'newer-version': 'files.refused.newerVersion',
  invalid: 'files.refused.invalid',
  missing: 'files.refused.missing',
  unreadable: 'files.refused.unreadable',
};

function titleOf(step: OpenStep, i18n: Translator): string {
  if (step.step === 'refused') return 'framework' in step ? i18n.t('frameworkFiles.refused.title') : i18n.t(REFUSAL_TITLES[step.code]);
  if (step.step === 'repaired') return i18n.t('files.repaired.title');
  return i18n.t('files.conflict.title');
}

export function OpenFileDialog({ step, busy, onClose, onContinue, onReplace, onKeepBoth }: OpenFileDialogProps) {
  const i18n = useI18n();
  return (
    <Dialog open={step !== null} title={step ? titleOf(step, i18n) : ''} onClose={onClose}>
      {step ? (
        <div className="dialog-body file-dialog" data-testid={`open-file-${step.step}`}>
          <div>
            <p className="eyebrow">{step.step === 'refused' ? step.fileName : step.file.fileName}</p>
            <h2>{titleOf(step, i18n)}</h2>
          </div>
          {step.step === 'refused' ? <Refused message={step.message} onClose={onClose} /> : null}
          {step.step === 'repaired' ? <Repaired file={step.file} busy={busy} onClose={onClose} onContinue={onContinue} /> : null}
          {step.step === 'conflict' ? <Conflict file={step.file} existing={step.existing} busy={busy} onClose={onClose} onReplace={onReplace} onKeepBoth={onKeepBoth} /> : null}
        </div>
      ) : null}
    </Dialog>
  );
}

function Refused({ message, onClose }: { message: string; onClose(): void }) {
  const i18n = useI18n();
  return (
    <>
      <p className="file-dialog-message" role="alert">
        {message}
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
          {i18n.t('common.ok')}
        </button>
      </div>
    </>
  );
}

function Repaired({ file, busy, onClose, onContinue }: { file: OpenedFile; busy: boolean; onClose(): void; onContinue(file: OpenedFile): void }) {
  const i18n = useI18n();
  return (
    <>
      <p>{i18n.t('files.repaired.body', { count: file.repairs.length, initiative: file.session.initiative })}</p>
      <ul className="repair-list" aria-label={i18n.t('files.repaired.listLabel')}>
        {file.repairs.map((repair, i) => (
          <li key={i}>{i18n.text(repair)}</li>
        ))}
      </ul>
      <p className="muted small">{i18n.t('files.repaired.check')}</p>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          {i18n.t('common.cancel')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => onContinue(file)} disabled={busy} autoFocus>
          {i18n.t('files.repaired.open')}
        </button>
      </div>
    </>
  );
}

interface ConflictProps {
  file: OpenedFile;
  existing: Session;
  busy: boolean;
  onClose(): void;
  onReplace(file: OpenedFile, existing: Session): void;
  onKeepBoth(file: OpenedFile): void;
}

function Conflict({ file, existing, busy, onClose, onReplace, onKeepBoth }: ConflictProps) {
  const i18n = useI18n();
  const fileTime = formatTime(file.savedAt, i18n.locale) ?? formatTime(file.session.updatedAt, i18n.locale);
  const libraryTime = formatTime(existing.updatedAt, i18n.locale);
  const newer = file.session.updatedAt > existing.updatedAt ? 'file' : file.session.updatedAt < existing.updatedAt ? 'library' : null;
  return (
    <>
      <p>{i18n.t('files.conflict.body', { initiative: existing.initiative })}</p>
      <dl className="conflict-facts">
        <div>
          <dt>{i18n.t('files.conflict.inFile')}</dt>
          <dd>
            {fileTime ? i18n.t('files.conflict.fileSaved', { initiative: file.session.initiative, time: fileTime }) : i18n.t('files.conflict.quoted', { initiative: file.session.initiative })}
            {newer === 'file' ? <span className="pill">{i18n.t('files.conflict.newer')}</span> : null}
          </dd>
        </div>
        <div>
          <dt>{i18n.t('files.conflict.inLibrary')}</dt>
          <dd>
            {libraryTime ? i18n.t('files.conflict.libraryChanged', { initiative: existing.initiative, time: libraryTime }) : i18n.t('files.conflict.quoted', { initiative: existing.initiative })}
            {newer === 'library' ? <span className="pill">{i18n.t('files.conflict.newer')}</span> : null}
          </dd>
        </div>
      </dl>
      <ul className="conflict-help muted small">
        <li>
          <strong>{i18n.t('files.conflict.replace')}</strong> {i18n.t('files.conflict.replaceHelp')}
        </li>
        <li>
          <strong>{i18n.t('files.conflict.keepBoth')}</strong> {i18n.t('files.conflict.keepBothHelp')}
        </li>
      </ul>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} autoFocus>
          {i18n.t('common.cancel')}
        </button>
        <button type="button" className="btn" onClick={() => onKeepBoth(file)} disabled={busy}>
          {i18n.t('files.conflict.keepBoth')}
        </button>
        <button type="button" className="btn btn-primary" onClick={() => onReplace(file, existing)} disabled={busy}>
          {i18n.t('files.conflict.replace')}
        </button>
      </div>
    </>
  );
}
