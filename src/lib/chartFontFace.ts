// The chart font's faces (Latin, regular and bold: all chart text uses), self-hosted from the npm
// registry and served from our own origin, as the CSP's font-src 'self' requires.
import '@fontsource/arimo/latin-400.css';
import '@fontsource/arimo/latin-700.css';
