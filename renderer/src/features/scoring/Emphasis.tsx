/** A translated sentence with one of its values drawn large ("3 of 6 voted"): the words stay in one message. */
import type { MessageId, MessageValues } from '../../../../shared/i18n';
import { useI18n } from '../../i18n/TranslatorContext';

const MARK = '\u0001';

export function Emphasis({ id, values, strong }: { id: MessageId; values: MessageValues; strong: string }) {
  const i18n = useI18n();
  const parts = i18n.t(id, { ...values, [strong]: MARK }).split(MARK);
  const shown = String(values[strong] ?? '');
  return (
    <>
      {parts.map((part, i) => (
        <span key={i}>
          {i > 0 ? <strong>{shown}</strong> : null}
          {part}
        </span>
      ))}
    </>
  );
}
