/**
 * What bringing a framework file into the library needs, loaded with the first such file: the
 * framework's schemas (and zod) stay off the window's start-up path.
 */
export { frameworkName } from '../../../../shared/framework/libraryFramework';
export { importFrameworkFromPath, importOpenedFrameworkFile } from '../../db/frameworkRepository';
