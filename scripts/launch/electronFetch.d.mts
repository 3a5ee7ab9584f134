import type { FetchResult } from './launchPlan.mjs';
export const STALL_MS: number;
export function installedElectron(electronDir: string, env?: Record<string, string | undefined>): string | null;
export function failureReason(stderr: string, exitCode: number | null): string;
export function fetchElectron(options: { installScript: string; nodePath?: string; stallMs?: number; write?: (text: string) => void }): Promise<FetchResult>;
