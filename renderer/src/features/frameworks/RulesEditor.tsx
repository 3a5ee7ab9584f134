/** The verdict's thresholds, which checks run and which block "Go", and the roles the room needs. */
import { FRAMEWORK_CHECK_IDS, type FrameworkCheckId } from '../../../../shared/framework/checkIds';
import type { VerdictThreshold } from '../../../../shared/framework/frameworkOps';
import { frameworkTextKeys } from '../../../../shared/framework/localize';
import { ROLES } from '../../../../shared/framework/roles';
import { LEVELS, type Level } from '../../../../shared/framework/types';
import type { MessageId } from '../../../../shared/i18n';
import { ROLE_LABELS } from '../../../../shared/model/participantLabels';
import { checkTitle, type CheckId } from '../../../../shared/scoring/checks';
import { useI18n } from '../../i18n/TranslatorContext';
import type { DraftEditor } from './useDraft';

const THRESHOLDS: readonly { rule: VerdictThreshold; label: MessageId; hint: MessageId }[] = [
  { rule: 'notYetAtOrBelow', label: 'frameworkEditor.rules.notYetAtOrBelow', hint: 'frameworkEditor.rules.notYetAtOrBelow.hint' },
  { rule: 'atRiskAtOrBelow', label: 'frameworkEditor.rules.atRiskAtOrBelow', hint: 'frameworkEditor.rules.atRiskAtOrBelow.hint' },
  { rule: 'goAtOrAbove', label: 'frameworkEditor.rules.goAtOrAbove', hint: 'frameworkEditor.rules.goAtOrAbove.hint' },
];

export function RulesEditor({ editor }: { editor: DraftEditor }) {
  const i18n = useI18n();
  const { framework } = editor;
  const levelName = (level: Level) => editor.word(frameworkTextKeys.levelName(level)) || editor.fallback(frameworkTextKeys.levelName(level)) || '';
  const checkName = (id: FrameworkCheckId) => (id === 'missing-voices' ? i18n.t('frameworkEditor.checks.missingVoices') : i18n.text(checkTitle(id as CheckId)));
  return (
    <section className="fw-section" aria-labelledby="fw-section-title">
      <header className="fw-section-head">
        <div className="fw-section-titles">
          <h2 id="fw-section-title">{i18n.t('frameworkEditor.rules.title')}</h2>
          <p className="muted">{i18n.t('frameworkEditor.rules.lead')}</p>
        </div>
      </header>

      <div className="fw-grid-3">
        {THRESHOLDS.map(({ rule, label, hint }) => {
          const error = editor.errorAt(`verdict.${rule}`);
          return (
            <div className="field" key={rule}>
              <label htmlFor={`fw-rule-${rule}`}>{i18n.t(label)}</label>
              <select
                id={`fw-rule-${rule}`}
                className="input"
                value={framework.verdictRules[rule]}
                aria-describedby={`fw-rule-${rule}-hint${error ? ` fw-rule-${rule}-error` : ''}`}
                aria-invalid={error ? true : undefined}
                onChange={(e) => editor.edit({ kind: 'setVerdictRule', rule, level: Number(e.target.value) as Level })}
              >
                {LEVELS.map((level) => (
                  <option key={level} value={level}>
                    {i18n.t('frameworkEditor.rules.level', { level, name: levelName(level) })}
                  </option>
                ))}
              </select>
              <span id={`fw-rule-${rule}-hint`} className="field-hint">
                {i18n.t(hint)}
              </span>
              {error ? (
                <span id={`fw-rule-${rule}-error`} className="field-error">
                  {error}
                </span>
              ) : null}
            </div>
          );
        })}
      </div>

      <div className="fw-block">
        <h3>{i18n.t('frameworkEditor.checks.title')}</h3>
        <p className="muted small">{i18n.t('frameworkEditor.checks.lead')}</p>
        {editor.errorAt('checks') ? <p className="field-error">{editor.errorAt('checks')}</p> : null}
        <table className="fw-checks">
          <thead>
            <tr>
              <th scope="col">{i18n.t('frameworkEditor.checks.check')}</th>
              <th scope="col">{i18n.t('frameworkEditor.checks.applies')}</th>
              <th scope="col">{i18n.t('frameworkEditor.checks.blocks')}</th>
            </tr>
          </thead>
          <tbody>
            {FRAMEWORK_CHECK_IDS.map((id) => {
              const name = checkName(id);
              return (
                <tr key={id}>
                  <th scope="row">{name}</th>
                  <td>
                    <input type="checkbox" checked={framework.checks.includes(id)} onChange={(e) => editor.edit({ kind: 'setCheck', checkId: id, on: e.target.checked })} aria-label={i18n.t('frameworkEditor.checks.appliesNamed', { check: name })} />
                  </td>
                  <td>
                    <input
                      type="checkbox"
                      checked={framework.verdictRules.blockingChecks.includes(id)}
                      onChange={(e) => editor.edit({ kind: 'setBlockingCheck', checkId: id, blocking: e.target.checked })}
                      aria-label={i18n.t('frameworkEditor.checks.blocksNamed', { check: name })}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <fieldset className="field fw-block">
        <legend>
          <h3>{i18n.t('frameworkEditor.roles.title')}</h3>
        </legend>
        <p className="muted small">{i18n.t('frameworkEditor.roles.lead')}</p>
        {editor.errorAt('roles') ? <p className="field-error">{editor.errorAt('roles')}</p> : null}
        <div className="fw-roles">
          {ROLES.map((role) => (
            <label key={role} className="inline-check">
              <input type="checkbox" checked={framework.requiredRoles.includes(role)} onChange={(e) => editor.edit({ kind: 'setRequiredRole', role, required: e.target.checked })} />
              <span>{i18n.text(ROLE_LABELS[role])}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </section>
  );
}
