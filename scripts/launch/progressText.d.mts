export function formatProgress(transferred: number, total: number | null, live: boolean): string;
