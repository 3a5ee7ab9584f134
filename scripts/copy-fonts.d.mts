export const FONTS_DIR: string;
export interface FontPackage { package: string; family: string; weights: number[]; subsets: string[]; licence: string }
export const FONT_PACKAGES: FontPackage[];
export interface FontFile extends FontPackage { subset: string; weight: number; file: string; unicodeRange: string; source: string }
export function fontFiles(): FontFile[];
export function fontsCss(files?: FontFile[]): string;
