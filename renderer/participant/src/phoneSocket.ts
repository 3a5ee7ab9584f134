/**
 * The phone's connection to the laptop: one WebSocket to the page's own server, opened again
 * after any loss (backing off up to a few seconds, at once when the phone comes back online or
 * the page becomes visible again).
 */
import type { PhoneMessageInput } from '../../../shared/room/protocol';
import { ROOM_SOCKET_PATH } from '../../../shared/room/roomConstants';

export interface SocketHandlers {
  open(): void;
  close(): void;
  message(text: string): void;
}

export interface PhoneSocket {
  send(message: PhoneMessageInput): boolean;
  /** Stops reconnecting (the room closed). */
  stop(): void;
}

const DELAYS_MS = [400, 1000, 2000, 3000, 5000];

export function connectPhoneSocket(handlers: SocketHandlers): PhoneSocket {
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${ROOM_SOCKET_PATH}`;
  let socket: WebSocket | null = null;
  let attempt = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let stopped = false;

  const schedule = (delay: number): void => {
    if (stopped || timer !== null) return;
    timer = setTimeout(() => {
      timer = null;
      open();
    }, delay);
  };

  const open = (): void => {
    if (stopped || socket) return;
    let ws: WebSocket;
    try {
      ws = new WebSocket(url);
    } catch {
      schedule(DELAYS_MS[Math.min(attempt++, DELAYS_MS.length - 1)]!);
      return;
    }
    socket = ws;
    ws.addEventListener('open', () => {
      attempt = 0;
      handlers.open();
    });
    ws.addEventListener('message', (event) => {
      if (typeof event.data === 'string') handlers.message(event.data);
    });
    ws.addEventListener('close', () => {
      if (socket !== ws) return;
      socket = null;
      handlers.close();
      // A little jitter, so thirty phones do not all knock at the same millisecond.
      const base = DELAYS_MS[Math.min(attempt++, DELAYS_MS.length - 1)]!;
      schedule(base + Math.floor(Math.random() * 250));
    });
  };

  const now = (): void => {
    if (stopped || socket) return;
    if (timer !== null) {
      clearTimeout(timer);
      timer = null;
    }
    attempt = 0;
    open();
  };
  window.addEventListener('online', now);
  // The phone knows its network is gone (Wi-Fi dropped): say so now rather than after a timeout.
  window.addEventListener('offline', () => socket?.close());
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') now();
  });
  window.addEventListener('pageshow', now);

  open();
  return {
    send: (message) => {
      if (!socket || socket.readyState !== WebSocket.OPEN) return false;
      socket.send(JSON.stringify(message));
      return true;
    },
    stop: () => {
      stopped = true;
      if (timer !== null) clearTimeout(timer);
      socket?.close();
      socket = null;
    },
  };
}
