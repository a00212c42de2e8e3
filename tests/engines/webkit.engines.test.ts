/** The engine walk (walk.ts) in Debian's WebKitGTK, Safari's engine. */
import { describe } from 'vitest';
import { webkit } from './support/webkit';
import { walk } from './walk';

describe('webkit', () => walk(webkit));
