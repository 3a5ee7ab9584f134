/* global module */
// Node's own import(), out of reach of Vitest's module runner: the built app must load exactly as
// Node (and Electron) load it, with the stand-in's module hook in place.
module.exports = (specifier) => import(specifier);
