/** Lets TypeScript accept what Vite handles at build time (the CSS import in main.tsx). */
/// <reference types="vite/client" />
