// Build-time switches read through `import.meta.env`.
interface ImportMetaEnv {
  /** `webgl` in the benchmark's comparison build only; the app ships the canvas renderer. */
  readonly VITE_TIELINE_RENDERER?: string;
}
