import { useState, type FormEvent } from 'react';
import { Dialog } from '../../ui/Dialog';

interface NewSessionDialogProps {
  open: boolean;
  onClose(): void;
  onCreate(initiative: string, client: string): Promise<void>;
}

export function NewSessionDialog({ open, onClose, onCreate }: NewSessionDialogProps) {
  return (
    <Dialog open={open} title="New workshop session" onClose={onClose}>
      <NewSessionForm onClose={onClose} onCreate={onCreate} />
    </Dialog>
  );
}

function NewSessionForm({ onClose, onCreate }: Omit<NewSessionDialogProps, 'open'>) {
  const [initiative, setInitiative] = useState('');
  const [client, setClient] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!initiative.trim()) {
      setError('Name the initiative the room will assess, e.g. "Voice agent for customer service".');
      return;
    }
    setBusy(true);
    try {
      await onCreate(initiative, client);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="dialog-body" onSubmit={submit} noValidate>
      <div>
        <h2>New workshop session</h2>
        <p className="muted">You can change these later in Frame.</p>
      </div>
      <div className="field">
        <label htmlFor="new-initiative">Initiative</label>
        <input
          id="new-initiative"
          className="input"
          autoFocus
          maxLength={200}
          value={initiative}
          placeholder="Voice agent for customer service"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-initiative-error' : undefined}
          onChange={(e) => {
            setInitiative(e.target.value);
            setError(null);
          }}
        />
        {error ? (
          <span id="new-initiative-error" className="field-error" role="alert">
            {error}
          </span>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor="new-client">Client</label>
        <input id="new-client" className="input" maxLength={200} value={client} placeholder="Northwind Insurance" onChange={(e) => setClient(e.target.value)} />
      </div>
      <div className="dialog-actions">
        <button type="button" className="btn" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="btn btn-primary" disabled={busy}>
          Create session
        </button>
      </div>
    </form>
  );
}
