/**
 * The window's first module, kept tiny: it asks for the window's catalogue at once, so the words
 * travel alongside the app's code rather than after it has been evaluated, then loads the app
 * (start.tsx). Both requests go out together; start.tsx's own request for the catalogue is the
 * same module, so it is fetched once.
 */
import { catalogueFiles } from './i18n/catalogueFiles';
import { savedWindowLanguage, windowLanguageFor } from './i18n/windowLanguagePreference';

catalogueFiles[windowLanguageFor(savedWindowLanguage())]?.().catch(() => {}); // start.tsx reports a failure
void import('./start');
