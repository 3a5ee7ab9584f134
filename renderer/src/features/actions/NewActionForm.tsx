/**
 * "New action": type a title and press Enter; the field empties and keeps the focus, so the room
 * can dictate several actions in a row. On the action plan a gap can be picked too; on a gap's
 * card the gap is fixed.
 */
import { useId, useState, type FormEvent, type Ref } from 'react';
import type { GapId } from '../../../../shared/framework/types';
import { useI18n } from '../../i18n/TranslatorContext';
import { Icon } from '../../ui/Icon';
import { useFramework } from '../../i18n/useFramework';

interface NewActionFormProps {
  onAdd(title: string, gapId: GapId | null): Promise<void>;
  /** A fixed gap (a gap's card); undefined lets the person pick one. */
  gapId?: GapId;
  inputRef?: Ref<HTMLInputElement>;
}

const NO_GAP = '';

export function NewActionForm({ onAdd, gapId, inputRef }: NewActionFormProps) {
  const i18n = useI18n();
  const framework = useFramework();
  const id = useId();
  const [title, setTitle] = useState('');
  const [pickedGap, setPickedGap] = useState<GapId | null>(null);
  const [hint, setHint] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const clean = title.trim();
    if (clean === '') {
      setHint(i18n.t('actionPlan.new.typeFirst'));
      return;
    }
    setHint(null);
    setTitle('');
    void onAdd(clean, gapId ?? pickedGap);
  };

  return (
    <form className="new-action" onSubmit={submit} aria-label={i18n.t('actionPlan.new.formLabel')}>
      <div className="field new-action-title">
        <label htmlFor={`${id}-title`}>{i18n.t('actionPlan.new.label')}</label>
        <input
          id={`${id}-title`}
          ref={inputRef}
          className="input"
          value={title}
          maxLength={300}
          placeholder={i18n.t('actionPlan.new.placeholder')}
          aria-describedby={hint ? `${id}-hint` : undefined}
          onChange={(e) => {
            setTitle(e.target.value);
            if (hint) setHint(null);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') setTitle('');
          }}
        />
      </div>
      {gapId === undefined ? (
        <div className="field new-action-gap">
          <label htmlFor={`${id}-gap`}>{i18n.t('actionPlan.new.forGap')}</label>
          <select id={`${id}-gap`} className="input" value={pickedGap ?? NO_GAP} onChange={(e) => setPickedGap(e.target.value === NO_GAP ? null : (e.target.value as GapId))}>
            <option value={NO_GAP}>{i18n.t('actionPlan.notLinked')}</option>
            {framework.gaps.map((g) => (
              <option key={g.id} value={g.id}>
                {g.number}. {g.name}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit" className="btn btn-primary new-action-add">
        <Icon name="plus" size={18} /> {i18n.t('common.add')}
      </button>
      {hint ? (
        <p id={`${id}-hint`} className="field-hint new-action-hint" role="status">
          {hint}
        </p>
      ) : null}
    </form>
  );
}
