// Every local port the tests and scripts listen on, shifted by TIELINE_PORT_OFFSET, so that two
// checkouts on one machine (a second work tree, say) can run their browsers at the same time
// without one reusing the other's server.
const offset = Number(process.env.TIELINE_PORT_OFFSET ?? 0);
if (!Number.isInteger(offset) || offset < 0 || offset > 20_000) {
  throw new Error(`TIELINE_PORT_OFFSET must be a whole number from 0 to 20000, not “${process.env.TIELINE_PORT_OFFSET}”.`);
}

/** A port of this checkout: the default, moved by the offset. */
export const localPort = (defaultPort: number): number => defaultPort + offset;

/** The production build, served by `vite preview`, that the end-to-end tests use. */
export const E2E_APP_PORT = localPort(4173);
/** A newsroom's story page on another origin, for the embed tests. */
export const E2E_HOST_PORT = localPort(4174);
export const E2E_APP_ORIGIN = `http://127.0.0.1:${E2E_APP_PORT}`;
export const E2E_HOST_ORIGIN = `http://127.0.0.1:${E2E_HOST_PORT}`;
