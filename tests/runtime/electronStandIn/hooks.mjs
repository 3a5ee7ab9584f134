// Node module hooks for the run-time suite: `import … from 'electron'` in the built main process
// resolves to the stand-in (installed on globalThis by tests/runtime/electronStandIn/launch.ts),
// with exactly the value exports electron.d.ts declares for the main process. Packages named in
// `missing` fail to resolve, as they would when an optional binary is absent.
const STAND_IN_URL = 'readiness-room-stand-in:electron';
let exportNames = [];
let missing = [];

export async function initialize(data) {
  exportNames = data.exportNames;
  missing = data.missing;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron' || specifier === 'electron/main' || specifier === 'electron/common') {
    return { url: STAND_IN_URL, shortCircuit: true };
  }
  if (missing.some((name) => specifier === name || specifier.startsWith(`${name}/`))) {
    const error = new Error(`Cannot find package '${specifier}' imported from ${context.parentURL}`);
    error.code = 'ERR_MODULE_NOT_FOUND';
    throw error;
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (url !== STAND_IN_URL) return nextLoad(url, context);
  const lines = [
    "const electron = globalThis[Symbol.for('readiness-room.electron-stand-in')].mainModule;",
    'export default electron;',
    ...exportNames.map((name) => `export const ${name} = electron.${name};`),
  ];
  return { format: 'module', shortCircuit: true, source: lines.join('\n') };
}
