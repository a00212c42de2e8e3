import type { ComponentType } from 'react';
import type { Route } from './routes';

/** A page of the app, given its route (each view file exports one). */
export type RouteView = ComponentType<{ route: Route }>;
