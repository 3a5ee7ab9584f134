/**
 * The code that is not in the first chunk, each loaded once and kept, so it can be asked for as
 * soon as it is known to be needed (app/earlyStart.ts asks for the workshop before anything else
 * runs when the window opens on a session). No React here: this module is evaluated first.
 */

export interface Preloadable<M> {
  /** Starts loading (once) and resolves with the module. */
  load(): Promise<M>;
  /** The module, once loaded; null before. */
  loaded(): M | null;
}

function preloadable<M>(importer: () => Promise<M>): Preloadable<M> {
  let module: M | null = null;
  let pending: Promise<M> | null = null;
  return {
    load: () =>
      (pending ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          pending = null; // a later call may try again
          throw error;
        },
      )),
    loaded: () => module,
  };
}

export const workshopScreen = preloadable(() => import('../features/workshop/WorkshopScreen'));
export const presenterScreen = preloadable(() => import('../features/room/PresenterScreen'));
export const roomBridge = preloadable(() => import('../features/room/RoomBridge'));
export const frameworksScreen = preloadable(() => import('../features/frameworks/FrameworksScreens'));
export const portfolioScreen = preloadable(() => import('../features/portfolio/PortfolioScreen'));
