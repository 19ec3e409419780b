import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
/** Scratch space for test builds, ignored by git. */
export const tmpRoot = join(projectRoot, '.tmp');
