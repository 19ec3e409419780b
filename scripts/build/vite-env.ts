/**
 * Variables Vite reads from the environment into `import.meta.env`: a shell (or a test runner) that happens to set
 * `DEV=1` would otherwise make a production build write development markup. The build's output depends on the
 * commit alone, so they are removed before Astro starts.
 */
export const VITE_ENV_NAMES = ['DEV', 'PROD', 'MODE', 'SSR', 'BASE_URL', 'SITE', 'ASSETS_PREFIX'] as const;

/** `env` without Vite's variables (changed in place, and returned). */
export function withoutViteEnv<E extends Record<string, string | undefined>>(env: E): E {
  for (const name of VITE_ENV_NAMES) delete env[name];
  return env;
}
