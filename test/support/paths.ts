import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

// From the file's path, not `new URL`: under a DOM environment (happy-dom) the global URL is the DOM's.
export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '../../');
/** Scratch space for test builds, ignored by git. */
export const tmpRoot = join(projectRoot, '.tmp');
