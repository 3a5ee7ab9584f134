/** The built-in framework in the language in force here (the window's, or the session's in the presenter view). */
import { localizeFramework, type LocalizedFramework } from '../../../shared/framework/localize';
import { useI18n } from './TranslatorContext';

export function useFramework(): LocalizedFramework {
  return localizeFramework(useI18n());
}
