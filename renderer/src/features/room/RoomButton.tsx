/**
 * The room's control for the top bar: "Open the room" while closed; a live pill with the number
 * of phones while open. Either opens the room panel. Place it where the facilitator looks.
 */
import { useState } from 'react';
import type { Session } from '../../../../shared/model/session';
import { plural } from '../../../../shared/text/plural';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { RoomPanel } from './RoomPanel';
import { useRoomStatus } from './roomStatusStore';
import './room.css';

export function RoomButton({ session }: { session: Session }) {
  const status = useRoomStatus();
  const [open, setOpen] = useState(false);
  const live = status?.state === 'open' && status.sessionId === session.id;
  return (
    <>
      {live ? (
        <button type="button" className="btn room-live" onClick={() => setOpen(true)} data-testid="room-button" aria-haspopup="dialog">
          <span className="room-live-dot" aria-hidden="true" />
          Room open · {plural(status.joined, 'phone')}
        </button>
      ) : (
        <button type="button" className="btn btn-ghost" onClick={() => setOpen(true)} data-testid="room-button" aria-haspopup="dialog">
          <Icon name="users" /> Open the room
        </button>
      )}
      <Dialog open={open} title="The room: phones over the local network" onClose={() => setOpen(false)}>
        <div className="dialog-body room-dialog">
          <RoomPanel session={session} status={status} />
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={() => setOpen(false)}>
              Done
            </button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
