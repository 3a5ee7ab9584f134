import { Icon } from '../../ui/Icon';

interface EmptyLibraryProps {
  onCreate(): void;
  onSample(): void;
}

/** The first screen a new consultant sees: what the app does, and how to start. */
export function EmptyLibrary({ onCreate, onSample }: EmptyLibraryProps) {
  return (
    <section className="empty-library card" aria-labelledby="empty-title">
      <h2 id="empty-title">Run your first readiness workshop</h2>
      <p className="muted">
        Readiness Room walks a client team through the six gaps between a successful pilot and production, lets everyone score each gap
        privately, and turns the discussion into an honest verdict and an owned action plan.
      </p>
      <ol className="empty-steps">
        <li>
          <Icon name="frame" size={22} />
          <span>
            <strong>Frame the pilot.</strong> Who is in the room, what the pilot tested, what production will demand.
          </span>
        </li>
        <li>
          <Icon name="scale" size={22} />
          <span>
            <strong>Score the six gaps.</strong> Votes stay hidden until you reveal them, so the room cannot anchor on the loudest voice.
          </span>
        </li>
        <li>
          <Icon name="list" size={22} />
          <span>
            <strong>Leave with a plan.</strong> A verdict with its reasons, and actions with owners and dates, ready to export.
          </span>
        </li>
      </ol>
      <div className="empty-actions">
        <button type="button" className="btn btn-primary" onClick={onCreate}>
          <Icon name="plus" /> New session
        </button>
        <button type="button" className="btn" onClick={onSample}>
          Open the sample workshop
        </button>
      </div>
      <p className="muted small">The sample is a voice-agent pilot in a customer-service centre, half-way through its workshop: use it to rehearse.</p>
      <p className="muted small">Everything stays on this laptop. Sessions are saved as you work.</p>
    </section>
  );
}
