/** What the room sees speaks the session's language: the presenter view, previews of documents. */
import { useEffect, useState } from 'react';
import { loadTranslator, type Translator } from '../../../shared/i18n';
import type { Session } from '../../../shared/model/session';
import { sessionLanguage } from '../../../shared/model/sessionLanguage';

/** The session's translator, or null while its catalogue loads (a few milliseconds, once). */
export function useSessionTranslator(session: Pick<Session, 'language'> | undefined | null): Translator | null {
  const language = session ? sessionLanguage(session) : null;
  const [translator, setTranslator] = useState<Translator | null>(null);
  useEffect(() => {
    if (language === null) return;
    let current = true;
    void loadTranslator(language).then((loaded) => {
      if (current) setTranslator(loaded);
    });
    return () => {
      current = false;
    };
  }, [language]);
  return translator !== null && translator.language === language ? translator : null;
}
