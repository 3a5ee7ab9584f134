/**
 * The room's control for the top bar: "Open the room" while closed; a live pill with the number
 * of phones while open. Either opens the room panel. Place it where the facilitator looks.
 */
import { useState } from 'react';
import type { Session } from '../../../../shared/model/session';
import { useI18n } from '../../i18n/TranslatorContext';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/Icon';
import { RoomPanel } from './RoomPanel';
import { useRoomStatus } from './roomStatusStore';
import './room.css';

export function RoomButton({ session }: { session: Session }) {
  const i18n = useI18n();
  const status = useRoomStatus();
  const [open, setOpen] = useState(false);
  const live = status?.state === 'open' && status.sessionId === session.id;
  return (
    <>
      {live ? (
        <button type="button" className="btn room-live" onClick={() => setOpen(true)} data-testid="room-button" aria-haspopup="dialog">
          <span className="room-live-dot" aria-hidden="true" />
          {i18n.t('roomPanel.button.live', { count: status.joined })}
        </button>
      ) : (
        <button type="button" className="btn btn-ghost" onClick={() => setOpen(true)} data-testid="room-button" aria-haspopup="dialog">
          <Icon name="users" /> {i18n.t('roomPanel.openRoom')}
        </button>
      )}
      <Dialog open={open} title={i18n.t('roomPanel.dialogTitle')} onClose={() => setOpen(false)}>
        <div className="dialog-body room-dialog">
          <RoomPanel session={session} status={status} />
          <div className="dialog-actions">
            <button type="button" className="btn" onClick={() => setOpen(false)}>
              {i18n.t('common.done')}
            </button>
          </div>
        </div>
      </Dialog>
    </>
  );
}
