/** One word of the draft in the language being written; the first language's shows through where it has none. */
import { TextField } from '../../ui/fields';
import type { DraftEditor } from './useDraft';

export function WordField({ editor, textKey, label, multiline, hint, maxLength = 4000, testId, errorField }: {
  editor: DraftEditor;
  textKey: string;
  label: string;
  multiline?: boolean;
  hint?: string;
  maxLength?: number;
  testId?: string;
  /** Where this field's issues are filed, when not under its own key. */
  errorField?: string;
}) {
  return (
    <TextField
      label={label}
      value={editor.word(textKey)}
      placeholder={editor.fallback(textKey) ?? undefined}
      onCommit={(value) => editor.setWord(textKey, value)}
      error={editor.errorAt(errorField ?? textKey)}
      multiline={multiline}
      hint={hint}
      maxLength={maxLength}
      testId={testId}
    />
  );
}
