/** What the laptop's window knows about the room: closed (and whether a network is there), or open. */
export type InterfaceKind = 'wifi' | 'wired' | 'other' | 'virtual';

export interface RoomAddress {
  address: string;
  /** The network interface, as the system names it (en0, wlan0, Wi-Fi…). */
  interfaceName: string;
  /** Wi-Fi or hotspot, wired, other, or the adapter of a virtual machine, container or VPN. */
  kind: InterfaceKind;
  /** The join address phones open: `http://<address>:<port>/#k=<room key>`. */
  joinUrl: string;
  /** The join address as a QR code (an SVG document). */
  qrSvg: string;
}

export type RoomNetwork = 'lan' | 'loopback';

/** What the window keeps with the session so the room reopens the same after a restart. */
export interface RoomOpenSettings {
  key: string;
  tokenSecret: string;
  port: number;
  network: RoomNetwork;
  address: string | null;
  interfaceName: string | null;
}

/** A phone asking to join as someone another phone holds: the facilitator answers. */
export interface RoomClaim {
  claimId: string;
  participantId: string;
  name: string;
  at: number;
}

export type RoomStatus =
  | {
      state: 'closed';
      /** The laptop's addresses on a local network, best first; empty when there is no network at all. */
      lanAddresses: string[];
    }
  | {
      state: 'open';
      sessionId: string;
      network: RoomNetwork;
      port: number;
      /** Every address the room listens on; the first is the one shown (the QR code, the projector). */
      addresses: RoomAddress[];
      /** The short code people can type instead of scanning. */
      code: string;
      /** True once too many wrong codes were tried: only the QR address works then. */
      codeLocked: boolean;
      anonymous: boolean;
      /** Phones in the room (each one participant). */
      joined: number;
      /** Phones connected right now. */
      connected: number;
      openedAt: number;
      /** The round phones can vote in now, and how many phone votes it has received. */
      openRoundId: string | null;
      phoneVotesInRound: number;
      /** The session cannot take another participant: new phones are told so when they join. */
      full: boolean;
      /** Phones waiting for the facilitator's consent to join as someone another phone holds. */
      claims: RoomClaim[];
      /** The latest phones that joined as someone of the session. */
      joins: { participantId: string; name: string; at: number }[];
      /** What to keep with the session (port, key, address) so it reopens the same. */
      settings: RoomOpenSettings;
    };
