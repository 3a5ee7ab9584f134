export interface ProbeIo {
  exists(file: string): boolean;
  realpath(file: string): string;
  head(file: string): string;
}
export function findChromium(options: { platform: string; env: Record<string, string | undefined>; io?: ProbeIo }): { path: string | null; snap: boolean };
