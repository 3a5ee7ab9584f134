/** The route lives in the URL's hash too, so a reload comes back to the same screen. */
import type { Route } from '../store/uiSlice';

export function routeFromHash(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  if ((parts[0] === 'session' || parts[0] === 'presenter') && parts[1]) {
    try {
      return { screen: parts[0] === 'session' ? 'workshop' : 'presenter', sessionId: decodeURIComponent(parts[1]) };
    } catch {
      return { screen: 'library' };
    }
  }
  return { screen: 'library' };
}

export function hashFromRoute(route: Route): string {
  if (route.screen === 'library') return '#/';
  return `#/${route.screen === 'presenter' ? 'presenter' : 'session'}/${encodeURIComponent(route.sessionId)}`;
}
