// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchRoute, ROUTES } from '../../../src/app/routes';

describe('matchRoute', () => {
  it.each([
    ['', { name: 'dashboard' }],
    ['index.html', { name: 'dashboard' }],
    ['/', { name: 'dashboard' }],
    ['nope', { name: 'not-found', path: '/nope' }],
    ['embed/unknown/', { name: 'not-found', path: '/embed/unknown/' }],
    ['embed', { name: 'embed-index' }],
    ['present/', { name: 'present' }],
    ['embed/index.html', { name: 'embed-index' }],
    ['embed/aid-totals/', { name: 'embed', chartId: 'aid-totals' }],
    ['embed/timeline/index.html', { name: 'embed', chartId: 'timeline' }],
    ['embed/drones/extra', { name: 'not-found', path: '/embed/drones/extra' }],
    ['embed/__proto__/', { name: 'not-found', path: '/embed/__proto__/' }],
    ['<img src=x>', { name: 'not-found', path: '/<img src=x>' }],
  ])('%s', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });
});

describe('ROUTES', () => {
  it('lists the dashboard, the embed index, one embed per chart and the deck, each matching itself', () => {
    expect(ROUTES).toEqual([
      '',
      'embed',
      'embed/aid-totals',
      'embed/drones',
      'embed/timeline',
      'present',
    ]);
    for (const route of ROUTES) expect(matchRoute(route).name).not.toBe('not-found');
  });
});
