/**
 * The firm's logo on the Frame: choose a PNG or SVG (the window is sandboxed, so the file is read
 * with the File API and checked in shared/model/firmLogo.ts), see it, replace or remove it. Setting
 * and removing go through the session commands, so both are undoable; a refused file is answered
 * with a sentence next to the control and nothing is stored.
 */
import { useId, useState } from 'react';
import { msg, type Message } from '../../../../shared/i18n';
import { LOGO_ACCEPT, checkLogoFile, logoDataUri, logoTooLarge } from '../../../../shared/model/firmLogo';
import type { Session } from '../../../../shared/model/session';
import { removeFirmLogo, setFirmLogo } from '../../commands/registry';
import type { RunCommand } from '../../commands/useRunCommand';
import { useI18n } from '../../i18n/TranslatorContext';

export function FirmLogoField({ firm, run }: { firm: Session['firm']; run: RunCommand }) {
  const id = useId();
  const i18n = useI18n();
  const [error, setError] = useState<Message | null>(null);
  const logo = firm.logo;

  const choose = async (file: File | undefined) => {
    if (!file) return;
    const tooLarge = logoTooLarge(file.size);
    if (tooLarge && !tooLarge.ok) {
      setError(tooLarge.message);
      return;
    }
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await file.arrayBuffer());
    } catch {
      setError(msg('firm.logo.readFailed'));
      return;
    }
    const check = checkLogoFile(bytes);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    const outcome = await run(setFirmLogo, { logo: check.logo });
    setError(outcome.ok ? null : outcome.refusal.message);
  };

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className="field firm-logo-field" role="group" aria-labelledby={`${id}-label`} data-testid="firm-logo">
      <span id={`${id}-label`} className="label">
        {i18n.t('firm.logo.label')}
      </span>
      <div className="firm-logo-row">
        <div className="firm-logo-preview" data-has-logo={logo ? 'true' : 'false'}>
          {logo ? (
            <img src={logoDataUri(logo)} alt={i18n.t('firm.logo.previewAlt', { hasName: firm.name.trim() ? 'yes' : 'no', firm: firm.name.trim() })} data-testid="firm-logo-preview" />
          ) : (
            <span className="muted">{i18n.t('firm.logo.none')}</span>
          )}
        </div>
        <div className="firm-logo-actions">
          <input
            id={`${id}-file`}
            className="visually-hidden firm-logo-input"
            type="file"
            accept={LOGO_ACCEPT}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            data-testid="firm-logo-input"
            onChange={(e) => {
              const input = e.currentTarget;
              void choose(input.files?.[0]).finally(() => {
                // The same file can be chosen again after it was refused or removed.
                input.value = '';
              });
            }}
          />
          <label htmlFor={`${id}-file`} className="btn btn-small firm-logo-choose">
            {logo ? i18n.t('firm.logo.replace') : i18n.t('firm.logo.choose')}
          </label>
          {logo ? (
            <button
              type="button"
              className="btn btn-ghost btn-small"
              data-testid="firm-logo-remove"
              onClick={() => {
                setError(null);
                void run(removeFirmLogo, {});
              }}
            >
              {i18n.t('firm.logo.remove')}
            </button>
          ) : null}
        </div>
      </div>
      <span id={`${id}-hint`} className="field-hint">
        {i18n.t('firm.logo.hint')}
      </span>
      {error ? (
        <span id={`${id}-error`} className="field-error" role="alert" data-testid="firm-logo-error">
          {i18n.text(error)}
        </span>
      ) : null}
    </div>
  );
}
