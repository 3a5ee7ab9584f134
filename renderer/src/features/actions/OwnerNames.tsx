/** The participants' names offered to every owner field; an owner may still be any other name. */
import type { Participant } from '../../../../shared/model/session';

export function OwnerNames({ id, participants }: { id: string; participants: readonly Participant[] }) {
  const names = [...new Set(participants.map((p) => p.name.trim()).filter((n) => n !== ''))];
  return (
    <datalist id={id}>
      {names.map((name) => (
        <option key={name} value={name} />
      ))}
    </datalist>
  );
}
