/** The engine walk (walk.ts) in Debian's Firefox ESR. */
import { describe } from 'vitest';
import { firefox } from './support/firefox';
import { walk } from './walk';

describe('firefox', () => walk(firefox));
