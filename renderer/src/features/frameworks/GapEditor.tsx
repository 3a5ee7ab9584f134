/** One gap of the draft: its look, its words, its five-rung ladder, its questions and suggested actions. */
import type { ActionPriority } from '../../../../shared/framework/frameworkOps';
import { frameworkTextKeys } from '../../../../shared/framework/localize';
import { GAP_COLORS, GAP_ICONS } from '../../../../shared/framework/gapPalette';
import { LEVELS, type Level } from '../../../../shared/framework/types';
import { WORK_ITEMS_TOKEN } from '../../../../shared/framework/wording';
import type { MessageId } from '../../../../shared/i18n';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';
import type { DraftEditor } from './useDraft';
import { WordField } from './WordField';

const PRIORITIES: readonly ActionPriority[] = ['high', 'medium', 'low'];
const PRIORITY_LABELS: Record<ActionPriority, MessageId> = { high: 'frameworkEditor.action.priority.high', medium: 'frameworkEditor.action.priority.medium', low: 'frameworkEditor.action.priority.low' };

export function GapEditor({ editor, gapId, onRemoved }: { editor: DraftEditor; gapId: string; onRemoved(): void }) {
  const i18n = useI18n();
  const { framework } = editor;
  const index = framework.gaps.findIndex((gap) => gap.id === gapId);
  const gap = framework.gaps[index];
  if (!gap) return null;
  const name = editor.gapName(gap.id);
  const levelName = (level: Level) => editor.word(frameworkTextKeys.levelName(level)) || editor.fallback(frameworkTextKeys.levelName(level)) || String(level);

  return (
    <section className="fw-section" aria-labelledby="fw-section-title">
      <header className="fw-section-head">
        <span className="fw-gap-badge" style={{ background: gap.color }} aria-hidden="true">
          <Icon name={gap.icon} size={26} />
        </span>
        <div className="fw-section-titles">
          <p className="eyebrow">{i18n.t('frameworkEditor.gap.eyebrow', { n: index + 1, total: framework.gaps.length })}</p>
          <h2 id="fw-section-title">{name}</h2>
        </div>
        <div className="fw-row-actions">
          <button type="button" className="btn btn-small" disabled={index === 0} onClick={() => editor.edit({ kind: 'moveGap', gapId, toIndex: index - 1 })}>
            {i18n.t('frameworkEditor.gap.moveUp')}
          </button>
          <button type="button" className="btn btn-small" disabled={index === framework.gaps.length - 1} onClick={() => editor.edit({ kind: 'moveGap', gapId, toIndex: index + 1 })}>
            {i18n.t('frameworkEditor.gap.moveDown')}
          </button>
          <button
            type="button"
            className="btn btn-small btn-danger"
            disabled={framework.gaps.length <= 1}
            onClick={() => {
              editor.edit({ kind: 'removeGap', gapId });
              onRemoved();
            }}
          >
            <Icon name="trash" /> {i18n.t('frameworkEditor.gap.remove', { name })}
          </button>
        </div>
      </header>
      {editor.errorAt(`gap.${gapId}`) ? <p className="field-error">{editor.errorAt(`gap.${gapId}`)}</p> : null}

      <div className="fw-grid-2">
        <WordField editor={editor} textKey={frameworkTextKeys.gap(gapId, 'name')} label={i18n.t('frameworkEditor.gap.name')} maxLength={80} testId="gap-name" />
        <WordField editor={editor} textKey={frameworkTextKeys.gap(gapId, 'tagline')} label={i18n.t('frameworkEditor.gap.tagline')} maxLength={200} />
      </div>

      <div className="fw-grid-2">
        <fieldset className="field">
          <legend className="label">{i18n.t('frameworkEditor.gap.icon')}</legend>
          <div className="fw-palette" role="radiogroup" aria-label={i18n.t('frameworkEditor.gap.icon')}>
            {GAP_ICONS.map((icon) => (
              <label key={icon} className="fw-swatch" data-checked={gap.icon === icon || undefined} title={i18n.t(`frameworkEditor.icon.${icon}` as MessageId)}>
                <input type="radio" name={`icon-${gapId}`} checked={gap.icon === icon} onChange={() => editor.edit({ kind: 'setGapLook', gapId, icon })} aria-label={i18n.t(`frameworkEditor.icon.${icon}` as MessageId)} />
                <Icon name={icon} size={22} />
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset className="field">
          <legend className="label">{i18n.t('frameworkEditor.gap.color')}</legend>
          <div className="fw-palette" role="radiogroup" aria-label={i18n.t('frameworkEditor.gap.color')}>
            {GAP_COLORS.map((color, n) => (
              <label key={color} className="fw-swatch" data-checked={gap.color === color || undefined} title={i18n.t('frameworkEditor.color', { n: n + 1 })}>
                <input type="radio" name={`color-${gapId}`} checked={gap.color === color} onChange={() => editor.edit({ kind: 'setGapLook', gapId, color })} aria-label={i18n.t('frameworkEditor.color', { n: n + 1 })} />
                <span className="fw-color" style={{ background: color }} />
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <p className="muted small">{i18n.t('frameworkEditor.gap.itemsToken', { token: WORK_ITEMS_TOKEN })}</p>
      <div className="fw-grid-2">
        <WordField editor={editor} textKey={frameworkTextKeys.gap(gapId, 'pilotUsuallyHad')} label={i18n.t('frameworkEditor.gap.pilotUsuallyHad')} multiline />
        <WordField editor={editor} textKey={frameworkTextKeys.gap(gapId, 'productionMeans')} label={i18n.t('frameworkEditor.gap.productionMeans')} multiline />
      </div>

      <fieldset className="field fw-block">
        <legend>
          <h3>{i18n.t('frameworkEditor.gap.ladder')}</h3>
        </legend>
        <p className="muted small">{i18n.t('frameworkEditor.gap.ladderLead')}</p>
        {editor.errorAt(`gap.${gapId}.ladder`) ? <p className="field-error">{editor.errorAt(`gap.${gapId}.ladder`)}</p> : null}
        <div className="fw-ladder">
          {LEVELS.map((level) => (
            <WordField key={level} editor={editor} textKey={frameworkTextKeys.ladder(gapId, level)} label={i18n.t('frameworkEditor.gap.ladderLevel', { level, name: levelName(level) })} multiline maxLength={600} testId={`ladder-${level}`} />
          ))}
        </div>
      </fieldset>

      <fieldset className="field fw-block">
        <legend>
          <h3>{i18n.t('frameworkEditor.gap.questions')}</h3>
        </legend>
        {gap.questionCount === 0 ? <p className="muted small">{i18n.t('frameworkEditor.gap.noQuestions')}</p> : null}
        <ol className="fw-plain-list">
          {Array.from({ length: gap.questionCount }, (_, i) => i + 1).map((n) => (
            <li key={n} className="fw-with-remove">
              <WordField editor={editor} textKey={frameworkTextKeys.question(gapId, n)} label={i18n.t('frameworkEditor.gap.question', { n })} maxLength={400} />
              <button type="button" className="btn btn-ghost btn-small btn-danger" onClick={() => editor.edit({ kind: 'removeQuestion', gapId, n })}>
                {i18n.t('frameworkEditor.gap.removeQuestion', { n })}
              </button>
            </li>
          ))}
        </ol>
        <div>
          <button type="button" className="btn btn-small" onClick={() => editor.edit({ kind: 'addQuestion', gapId })}>
            <Icon name="plus" /> {i18n.t('frameworkEditor.gap.addQuestion')}
          </button>
        </div>
      </fieldset>

      <fieldset className="field fw-block">
        <legend>
          <h3>{i18n.t('frameworkEditor.gap.actions')}</h3>
        </legend>
        {gap.suggestedActions.length === 0 ? <p className="muted small">{i18n.t('frameworkEditor.gap.noActions')}</p> : null}
        <ol className="fw-plain-list">
          {gap.suggestedActions.map((action, i) => (
            <li key={action.id} className="fw-action card">
              <div className="fw-action-head">
                <h4>{i18n.t('frameworkEditor.action.heading', { n: i + 1 })}</h4>
                <label className="inline-field">
                  <span>{i18n.t('frameworkEditor.action.priority')}</span>
                  <select className="input" value={action.priority} onChange={(e) => editor.edit({ kind: 'setActionPriority', gapId, actionId: action.id, priority: e.target.value as ActionPriority })}>
                    {PRIORITIES.map((priority) => (
                      <option key={priority} value={priority}>
                        {i18n.t(PRIORITY_LABELS[priority])}
                      </option>
                    ))}
                  </select>
                </label>
                <button type="button" className="btn btn-ghost btn-small btn-danger" onClick={() => editor.edit({ kind: 'removeSuggestedAction', gapId, actionId: action.id })}>
                  {i18n.t('frameworkEditor.action.remove', { n: i + 1 })}
                </button>
              </div>
              <WordField editor={editor} textKey={frameworkTextKeys.action(action.id, 'title')} label={i18n.t('frameworkEditor.action.title')} maxLength={200} />
              <WordField editor={editor} textKey={frameworkTextKeys.action(action.id, 'description')} label={i18n.t('frameworkEditor.action.description')} multiline />
              <WordField editor={editor} textKey={frameworkTextKeys.action(action.id, 'successMeasure')} label={i18n.t('frameworkEditor.action.successMeasure')} multiline />
            </li>
          ))}
        </ol>
        <div>
          <button type="button" className="btn btn-small" onClick={() => editor.edit({ kind: 'addSuggestedAction', gapId })}>
            <Icon name="plus" /> {i18n.t('frameworkEditor.gap.addAction')}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
