import { describe, expect, it } from 'vitest';
import { hashFromRoute, routeFromHash } from '../../../renderer/src/app/hashRoute';

describe('the route in the URL hash', () => {
  it('round-trips the library and a session', () => {
    for (const route of [{ screen: 'library' as const }, { screen: 'workshop' as const, sessionId: 'a b/c' }, { screen: 'presenter' as const, sessionId: 'a b/c' }]) {
      expect(routeFromHash(hashFromRoute(route))).toEqual(route);
    }
  });

  it('round-trips the framework library and the editor of one framework', () => {
    for (const route of [{ screen: 'frameworks' as const }, { screen: 'framework' as const, frameworkId: 'firm_1-x' }]) {
      expect(routeFromHash(hashFromRoute(route))).toEqual(route);
    }
    expect(routeFromHash('#/frameworks/%E0%A4%A')).toEqual({ screen: 'frameworks' });
  });

  it('falls back to the library on anything else', () => {
    expect(routeFromHash('')).toEqual({ screen: 'library' });
    expect(routeFromHash('#/session/%E0%A4%A')).toEqual({ screen: 'library' });
    expect(routeFromHash('#/elsewhere')).toEqual({ screen: 'library' });
  });
});
