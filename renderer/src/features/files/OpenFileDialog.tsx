import type { SessionFileRefusal } from '../../../../shared/ipc/contract';
import type { Session } from '../../../../shared/model/session';
import { formatInstant } from '../../../../shared/text/dates';
import { Dialog } from '../../ui/Dialog';
import type { OpenedFile } from './openedSession';
import { useI18n } from '../../i18n/TranslatorContext';

/** Where opening a file stopped to tell or ask the facilitator something. */
export type OpenStep =
  | { step: 'refused'; fileName: string; message: string; code: SessionFileRefusal }
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

function formatTime(value: string | number | null): string | null {
  return value === null ? null : formatInstant(value, 'dateClock');
}

const REFUSAL_TITLES: Record<SessionFileRefusal, string> = {
  'too-large': 'This file is too large to open',
  'not-json': 'This is not a session file',
  'not-a-session': 'This is not a session file',
  'newer-version': 'This file needs a newer Readiness Room',
  invalid: 'This session file is damaged',
  missing: 'This file is not there any more',
  unreadable: 'This file could not be read',
};

function titleOf(step: OpenStep): string {
  if (step.step === 'refused') return REFUSAL_TITLES[step.code];
  if (step.step === 'repaired') return 'The file was damaged and has been repaired';
  return 'This session is already in your library';
}

export function OpenFileDialog({ step, busy, onClose, onContinue, onReplace, onKeepBoth }: OpenFileDialogProps) {
  return (
    <Dialog open={step !== null} title={step ? titleOf(step) : ''} onClose={onClose}>
      {step ? (
        <div className="dialog-body file-dialog" data-testid={`open-file-${step.step}`}>
          <div>
            <p className="eyebrow">{step.step === 'refused' ? step.fileName : step.file.fileName}</p>
            <h2>{titleOf(step)}</h2>
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
  return (
    <>
      <p className="file-dialog-message" role="alert">
        {message}
      </p>
      <div className="dialog-actions">
        <button type="button" className="btn btn-primary" onClick={onClose} autoFocus>
          OK
        </button>
      </div>
    </>
  );
}

function Repaired({ file, busy, onClose, onContinue }: { file: OpenedFile; busy: boolean; onClose(): void; onContinue(file: OpenedFile): void }) {
  const n = file.repairs.length;
  const i18n = useI18n();
  return (
    <>
      <p>
        Readiness Room repaired {n === 1 ? 'one thing' : `${n} things`} so that “{file.session.initiative}” can open. The file itself was not changed.
      </p>
      <ul className="repair-list" aria-label="What was repaired">
        {file.repairs.map((repair, i) => (
          <li key={i}>{i18n.text(repair)}</li>
        ))}
      </ul>
      <p className="muted small">Check the session after opening it. If something important is missing, an earlier copy of the file may have it.</p>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="btn btn-primary" onClick={() => onContinue(file)} disabled={busy} autoFocus>
          Open the repaired session
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
  const fileTime = formatTime(file.savedAt) ?? formatTime(file.session.updatedAt);
  const libraryTime = formatTime(existing.updatedAt);
  const newer = file.session.updatedAt > existing.updatedAt ? 'file' : file.session.updatedAt < existing.updatedAt ? 'library' : null;
  return (
    <>
      <p>
        The file holds the same workshop as “{existing.initiative}” in your library, with different content. What should happen?
      </p>
      <dl className="conflict-facts">
        <div>
          <dt>In the file</dt>
          <dd>
            “{file.session.initiative}”{fileTime ? `, saved ${fileTime}` : ''}
            {newer === 'file' ? <span className="pill">Newer</span> : null}
          </dd>
        </div>
        <div>
          <dt>In your library</dt>
          <dd>
            “{existing.initiative}”{libraryTime ? `, last changed ${libraryTime}` : ''}
            {newer === 'library' ? <span className="pill">Newer</span> : null}
          </dd>
        </div>
      </dl>
      <ul className="conflict-help muted small">
        <li>
          <strong>Replace</strong> puts the file’s version in the library. The library’s version is backed up first, so you can undo.
        </li>
        <li>
          <strong>Keep both</strong> adds the file as a separate session, named “… (copy)”.
        </li>
      </ul>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose} autoFocus>
          Cancel
        </button>
        <button type="button" className="btn" onClick={() => onKeepBoth(file)} disabled={busy}>
          Keep both
        </button>
        <button type="button" className="btn btn-primary" onClick={() => onReplace(file, existing)} disabled={busy}>
          Replace
        </button>
      </div>
    </>
  );
}
