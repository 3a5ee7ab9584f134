/** The session's language (the client's): what the projector, the phones and the documents speak. */
import { DEFAULT_LANGUAGE } from '../i18n/languageTags';

/** Sessions from before languages existed carry none: they are English. */
export function sessionLanguage(session: { readonly language?: string | undefined }): string {
  return session.language ?? DEFAULT_LANGUAGE;
}
