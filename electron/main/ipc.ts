/** The typed handle() wiring: every contract call goes through the one dispatcher gate. */
import { type BrowserWindow, ipcMain } from 'electron';
import { CALL_NAMES, EVENT_CHANNEL_PREFIX, type EventName, type EventPayloads } from '../../shared/ipc/contract';
import { createHandlers } from '../services/handlers';
import { createDispatcher } from '../services/ipc/dispatcher';
import type { Ports } from '../services/ports';
import { APP_ORIGIN } from './window';

export function registerIpc(ports: Ports): void {
  const dispatch = createDispatcher(createHandlers(ports), [APP_ORIGIN], ports.log);
  for (const name of CALL_NAMES) {
    ipcMain.handle(name, (event, request: unknown) =>
      dispatch(name, request, {
        url: event.senderFrame?.url,
        isMainFrame: event.senderFrame === event.sender.mainFrame,
      }),
    );
  }
}

/** Pushes a typed event to a window (the preload's on<Event> listens on the same channel). */
export function sendEvent<E extends EventName>(win: BrowserWindow, name: E, payload: EventPayloads[E]): void {
  if (win.isDestroyed()) return;
  win.webContents.send(`${EVENT_CHANNEL_PREFIX}${name}`, payload);
}
