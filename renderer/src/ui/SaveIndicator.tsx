import { useAppStore } from '../store/appStore';

/** Always tells the facilitator whether the disk copy has caught up. */
export function SaveIndicator() {
  const status = useAppStore((s) => s.saveStatus);
  const text =
    status.state === 'saved' ? 'All changes saved' : status.state === 'saving' ? 'Saving…' : `Not saved: ${status.message}`;
  return (
    <span className="save-status" data-state={status.state} role="status" data-testid="save-status" title={text}>
      <span className="save-dot" aria-hidden="true" />
      <span>{status.state === 'failed' ? 'Not saved — retrying' : text}</span>
    </span>
  );
}
