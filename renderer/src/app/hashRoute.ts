/** The route lives in the URL's hash too, so a reload comes back to the same screen. */
import type { Route } from '../store/uiSlice';

export function routeFromHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'session' && parts[1]) {
    try {
      return { screen: 'workshop', sessionId: decodeURIComponent(parts[1]) };
    } catch {
      return { screen: 'library' };
    }
  }
  return { screen: 'library' };
}

export function hashFromRoute(route: Route): string {
  return route.screen === 'library' ? '#/' : `#/session/${encodeURIComponent(route.sessionId)}`;
}
