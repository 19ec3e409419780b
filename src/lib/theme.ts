/**
 * The site's colours outside its CSS: the share pictures, the web app manifest and `theme-color`. They repeat the
 * light theme of src/styles/global.css (`--accent`, `--paper`, `--ink`, `--muted`), which pages use.
 */
export const THEME = {
  accent: '#9e1b1f',
  paper: '#fbfaf6',
  ink: '#1b1a18',
  muted: '#555048',
  /** `--paper` of the dark theme, the browser bar's colour in dark mode */
  darkPaper: '#161513',
} as const;
