// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchRoute, pathForSwitch, ROUTES, splitLang } from '../../../src/app/routes';

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
      'de',
      'de/embed',
      'de/embed/aid-totals',
      'de/embed/drones',
      'de/embed/timeline',
      'de/present',
    ]);
    for (const route of ROUTES)
      expect(matchRoute(splitLang(route).path).name).not.toBe('not-found');
  });
});

describe('splitLang', () => {
  it.each([
    ['', 'en', ''],
    ['present/', 'en', 'present/'],
    ['de', 'de', ''],
    ['de/', 'de', ''],
    ['de/embed/drones/', 'de', 'embed/drones/'],
    ['/de/present', 'de', 'present'],
    ['deutsch/', 'en', 'deutsch/'],
    ['en/present/', 'en', 'en/present/'],
  ])('%s → %s + %s', (path, lang, rest) => {
    expect(splitLang(path)).toEqual({ lang, path: rest });
  });
});

describe('pathForSwitch', () => {
  // The prerendered path has no slash (ROUTES), the browser's does: both must give the same link.
  it.each([
    ['', ''],
    ['embed/drones', 'embed/drones/'],
    ['embed/drones/', 'embed/drones/'],
    ['present/index.html', 'present/'],
    ['embed', 'embed/'],
  ])('links %j as %j', (path, expected) => {
    expect(pathForSwitch(matchRoute(path), path)).toBe(expected);
  });

  it('links a missing page to the home page (one 404 page answers every missing path)', () => {
    expect(pathForSwitch(matchRoute('nope/'), 'nope/')).toBe('');
    expect(pathForSwitch(matchRoute('404.html-not-found'), '404.html-not-found')).toBe('');
  });
});
