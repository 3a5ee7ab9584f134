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
  if (parts[0] === 'portfolio' && parts[1]) {
    try {
      return { screen: 'portfolio', client: decodeURIComponent(parts[1]) };
    } catch {
      return { screen: 'library' };
    }
  }
  if (parts[0] === 'frameworks') {
    if (!parts[1]) return { screen: 'frameworks' };
    try {
      return { screen: 'framework', frameworkId: decodeURIComponent(parts[1]) };
    } catch {
      return { screen: 'frameworks' };
    }
  }
  return { screen: 'library' };
}

export function hashFromRoute(route: Route): string {
  if (route.screen === 'library') return '#/';
  if (route.screen === 'frameworks') return '#/frameworks';
  if (route.screen === 'portfolio') return `#/portfolio/${encodeURIComponent(route.client)}`;
  if (route.screen === 'framework') return `#/frameworks/${encodeURIComponent(route.frameworkId)}`;
  return `#/${route.screen === 'presenter' ? 'presenter' : 'session'}/${encodeURIComponent(route.sessionId)}`;
}
