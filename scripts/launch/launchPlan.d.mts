export type FetchResult = { ok: true } | { ok: false; reason: string };
export interface LaunchProbes {
  platform: string;
  hasDisplay: boolean;
  electronBinary(): string | null;
  skipFetch: boolean;
  fetchElectron(): Promise<FetchResult>;
  chromiumPath(): string | null;
  snapChromium: boolean;
  say(line: string): void;
}
export type LaunchPlan = { kind: 'electron'; binary: string } | { kind: 'shell'; chromium: string } | { kind: 'fail'; message: string };
export const LAUNCH_TEXT: {
  noDisplay: string;
  starting: string;
  fetching: string;
  fetchSkipped: string;
  shell(reason: string): string;
  neither(reason: string, platform: string, snapChromium: boolean): string;
};
export function decideLaunch(probes: LaunchProbes): Promise<LaunchPlan>;
