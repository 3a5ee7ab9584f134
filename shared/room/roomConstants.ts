/**
 * The room protocol's constants, free of zod so the phone page can import them and stay tiny.
 * shared/room/protocol.ts re-exports them next to the schemas.
 */
export const ROOM_PROTOCOL_VERSION = 3;
/** The largest WebSocket message either side accepts (the server's `maxPayload`). */
export const MAX_MESSAGE_BYTES = 4096;
/** The longest comment a phone may add to its vote (the session keeps up to 1000). */
export const PHONE_COMMENT_MAX = 500;
/** The longest name a phone may give (the session's participant name limit). */
export const PHONE_NAME_MAX = 120;
/** Characters of the short join code: no 0/O, 1/I/L, 2/Z, 5/S, 8/B, so it reads aloud and types cleanly. */
export const JOIN_CODE_ALPHABET = 'ACDEFGHJKMNPQRTUVWXY34679';
export const JOIN_CODE_LENGTH = 6;
/** The path of the WebSocket on the room server. */
export const ROOM_SOCKET_PATH = '/ws';
/** The fragment key of the join address: `http://<laptop>:<port>/#k=<room key>` (a fragment never reaches a server log). */
export const JOIN_KEY_FRAGMENT = 'k';
