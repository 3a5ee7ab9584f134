/** What the laptop's window knows about the room: closed (and whether a network is there), or open. */
export interface RoomAddress {
  address: string;
  /** The network interface, as the system names it (en0, wlan0, Wi-Fi…). */
  interfaceName: string;
  /** The join address phones open: `http://<address>:<port>/#k=<room key>`. */
  joinUrl: string;
  /** The join address as a QR code (an SVG document). */
  qrSvg: string;
}

export type RoomNetwork = 'lan' | 'loopback';

export type RoomStatus =
  | {
      state: 'closed';
      /** The laptop's addresses on a local network; empty when there is no network at all. */
      lanAddresses: string[];
    }
  | {
      state: 'open';
      sessionId: string;
      network: RoomNetwork;
      port: number;
      /** The first is the one to show; the others are there for a laptop on two networks. */
      addresses: RoomAddress[];
      /** The short code people can type instead of scanning. */
      code: string;
      /** True once too many wrong codes were tried: only the QR address works then. */
      codeLocked: boolean;
      anonymous: boolean;
      /** Phones that joined since the room opened. */
      joined: number;
      /** Phones connected right now. */
      connected: number;
      openedAt: number;
      /** The round phones can vote in now, and how many phone votes it has received. */
      openRoundId: string | null;
      phoneVotesInRound: number;
    };
