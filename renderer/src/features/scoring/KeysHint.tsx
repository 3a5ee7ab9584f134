/** The shortcuts that work right now, in a quiet line under the round. */
export interface KeyHint {
  keys: string[];
  label: string;
}

export function KeysHint({ hints }: { hints: readonly KeyHint[] }) {
  if (hints.length === 0) return null;
  return (
    <div className="keys-hint" aria-label="Keyboard shortcuts">
      <span className="keys-hint-title">Keys</span>
      {hints.map((hint) => (
        <span key={hint.label} className="keys-hint-item">
          {hint.keys.map((k, i) => (
            <kbd key={i}>{k}</kbd>
          ))}{' '}
          {hint.label}
        </span>
      ))}
    </div>
  );
}
