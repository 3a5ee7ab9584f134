/**
 * One fact of the framework as a form field, chosen by its kind. Frame and the gap stages both
 * render facts with this, and both read and write `session.facts[id]`, so a value typed in one
 * place is already there in the other.
 */
import type { FactDefinition } from '../../../../shared/framework/types';
import { inSessionWords } from '../../../../shared/framework/wording';
import type { FactValue, Session } from '../../../../shared/model/session';
import { factBoolean, factNumber, factText } from '../../../../shared/scoring/checks';
import { setFact } from '../../commands/registry';
import { useRunCommand } from '../../commands/useRunCommand';
import { NumberField, TextField, YesNoField } from '../../ui/fields';
import { useI18n } from '../../i18n/TranslatorContext';
import type { UpdateSession } from '../workshop/useSessionUpdater';
import { useFramework } from '../../i18n/useFramework';

interface FactInputProps {
  fact: FactDefinition;
  session: Session;
  update: UpdateSession;
  /** Replaces the fact's own label where the context already says it (e.g. a yes/no question). */
  label?: string;
  className?: string;
}

// `update` stays in the props for the screens that pass it down; the value is written by the fact.set command.
export function FactInput({ fact: definition, session, label: labelProp, className }: FactInputProps) {
  const i18n = useI18n();
  const fact = useFramework().factById(definition.id) ?? { ...definition, label: definition.id };
  const label = labelProp ?? fact.label;
  const run = useRunCommand(session.id);
  const commit = (value: FactValue) => void run(setFact, { factId: fact.id, value });
  const testId = `fact-${fact.id}`;
  const hint = fact.hint === undefined ? undefined : inSessionWords(fact.hint, session, i18n);
  return (
    <div className={`fact-input ${className ?? ''}`} data-field={fact.id}>
      {fact.kind === 'number' ? (
        <NumberField label={label} hint={hint} unit={fact.unit} value={factNumber(session, fact.id)} onCommit={commit} testId={testId} />
      ) : fact.kind === 'boolean' ? (
        <YesNoField label={label} hint={hint} value={factBoolean(session, fact.id)} onCommit={commit} testId={testId} />
      ) : (
        <TextField
          label={label}
          hint={hint}
          value={factText(session, fact.id)}
          onCommit={(text) => commit(text.trim() === '' ? null : text)}
          maxLength={500}
          testId={testId}
        />
      )}
    </div>
  );
}
