// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { matchRoute } from '../../../src/app/routes';

describe('matchRoute', () => {
  it.each([
    ['', { name: 'dashboard' }],
    ['index.html', { name: 'dashboard' }],
    ['/', { name: 'dashboard' }],
    ['nope', { name: 'not-found', path: '/nope' }],
    ['embed/unknown/', { name: 'not-found', path: '/embed/unknown/' }],
    ['<img src=x>', { name: 'not-found', path: '/<img src=x>' }],
  ])('%s', (path, route) => {
    expect(matchRoute(path)).toEqual(route);
  });
});
