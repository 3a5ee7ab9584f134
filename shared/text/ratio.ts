/** How a production ÷ pilot ratio reads, everywhere: the Frame, the flags, the documents. */
import { APP_LOCALE, numberFormat } from './locale';

/**
 * "150×", "12.5×", "2×", "0.25×". One decimal below 100× (12.5× and 13× tell a room different
 * things), none from 100× on (150.4× is noise), two significant digits below 1× (so 0.04× is not "0×").
 */
export function formatRatio(ratio: number, locale: string = APP_LOCALE): string {
  const options: Intl.NumberFormatOptions =
    ratio < 1 ? { maximumSignificantDigits: 2 } : ratio < 100 ? { maximumFractionDigits: 1 } : { maximumFractionDigits: 0 };
  return `${numberFormat(locale, options).format(ratio)}×`;
}
