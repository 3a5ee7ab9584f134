/** The framework screens, loaded together when first asked for (app/screenModules.ts). */
export { FrameworksScreen } from './FrameworksScreen';
export { FrameworkEditorScreen } from './FrameworkEditorScreen';
