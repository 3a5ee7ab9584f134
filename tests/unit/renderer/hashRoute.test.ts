import { describe, expect, it } from 'vitest';
import { hashFromRoute, routeFromHash } from '../../../renderer/src/app/hashRoute';

describe('the route in the URL hash', () => {
  it('round-trips the library and a session', () => {
    for (const route of [{ screen: 'library' as const }, { screen: 'workshop' as const, sessionId: 'a b/c' }, { screen: 'presenter' as const, sessionId: 'a b/c' }]) {
      expect(routeFromHash(hashFromRoute(route))).toEqual(route);
    }
  });

  it('round-trips a client’s portfolio, and a damaged one falls back to the library', () => {
    const route = { screen: 'portfolio' as const, client: 'société générale / paris' };
    expect(hashFromRoute(route)).toBe('#/portfolio/soci%C3%A9t%C3%A9%20g%C3%A9n%C3%A9rale%20%2F%20paris');
    expect(routeFromHash(hashFromRoute(route))).toEqual(route);
    expect(routeFromHash('#/portfolio/%E0%A4%A')).toEqual({ screen: 'library' });
    expect(routeFromHash('#/portfolio/')).toEqual({ screen: 'library' });
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
