import type { Server } from 'node:http';

export interface ServeOptions {
  /** The folder to serve, e.g. dist/; it must hold a 404.html. */
  dir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
}

/** Starts the static server; resolves once it listens, with its base URL (ending in "/"). */
export function serve(options: ServeOptions): Promise<{ server: Server; url: string }>;
