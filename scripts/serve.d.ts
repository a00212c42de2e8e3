import type { Server } from 'node:http';

export interface ServeOptions {
  /** The folder to serve, e.g. dist/; it must hold a 404.html. */
  dir: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** The path the site is served at; by default the one it was built for (its build note). */
  base?: string;
}

/** Starts the static server; resolves once it listens, with the site's URL (ending in "/"). */
export function serve(options: ServeOptions): Promise<{ server: Server; url: string }>;

/** What a build notes about itself (`.vite/build-options.json`). */
export interface BuildNote {
  base: string;
  siteUrl: string | null;
  /** Built with `npm run build -- --react-development` (tests only). */
  reactDevelopment: boolean;
}

/** The options a build was made for, from its note. */
export function readBuildNote(dir: string): BuildNote;

/** Notes in a built site (`dir`, which has its `.vite/` folder) what it was built for. */
export function writeBuildNote(dir: string, note: BuildNote): void;
