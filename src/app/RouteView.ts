import type { ComponentType } from 'react';
import type { Route } from './routes';

/** A page of the app, given its route and the link home (each view file exports one). */
export type RouteView = ComponentType<{ route: Route; home: string }>;
