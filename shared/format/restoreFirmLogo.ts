/**
 * The firm's logo on restore: a file whose logo cannot be used (damaged, too large, a hostile
 * SVG, edited by hand) still opens; the logo is dropped and the repair note says why. A firm
 * without a logo stays without one, silently (older files have none).
 */
import { msg, type Message } from '../i18n';
import { FirmLogoSchema, checkStoredLogo, type FirmLogo } from '../model/firmLogo';

type Data = Record<string, unknown>;

function isRecord(value: unknown): value is Data {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The firm without its logo (for the field-by-field repair) and the logo, when it can be kept. */
export function splitFirmLogo(firm: unknown, repairs: Message[]): { firm: unknown; logo: FirmLogo | undefined } {
  if (!isRecord(firm) || !Object.hasOwn(firm, 'logo')) return { firm, logo: undefined };
  const { logo, ...rest } = firm;
  if (logo === undefined) return { firm: rest, logo: undefined };
  const parsed = FirmLogoSchema.safeParse(logo);
  if (parsed.success) return { firm: rest, logo: parsed.data };
  const reason = isRecord(logo) && typeof logo.data === 'string' && typeof logo.mediaType === 'string' ? checkStoredLogoSafely(logo) : null;
  repairs.push(reason ? msg('firm.logo.repair.dropped', { reason }) : msg('firm.logo.repair.droppedUnreadable'));
  return { firm: rest, logo: undefined };
}

function checkStoredLogoSafely(logo: Data): Message | null {
  try {
    return checkStoredLogo(logo as unknown as FirmLogo);
  } catch {
    return null;
  }
}
