/** The roles a participant may hold; a framework names those the room needs (missing voices). */
export const ROLES = ['business-owner', 'it', 'operations', 'legal', 'support', 'end-user', 'vendor', 'other'] as const;
export type RoleId = (typeof ROLES)[number];
