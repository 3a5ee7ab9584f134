/**
 * A CSS string literal (a printed page's running footer): everything but letters, digits, spaces
 * and non-ASCII characters is written as a hex escape, so no text can close the string, the rule
 * or the <style> element.
 */
export function cssString(text: string): string {
  const body = [...text].map((ch) => (/^[A-Za-z0-9 ]$/.test(ch) || ch.codePointAt(0)! > 0x7f ? ch : `\\${ch.codePointAt(0)!.toString(16)} `)).join('');
  return `"${body}"`;
}
