// Serves a build with `vite preview` for the scripts that drive a browser (screenshot, layout,
// benchmark): started in its own process group, so stopping it also stops the vite process npx
// starts, and awaited until it answers.
import { spawn } from 'node:child_process';

export interface PreviewServer {
  readonly origin: string;
  stop(): void;
}

export async function startPreview({ outDir, port, timeoutMs = 30_000 }: { outDir: string; port: number; timeoutMs?: number }): Promise<PreviewServer> {
  const child = spawn('npx', ['vite', 'preview', '--outDir', outDir, '--strictPort', '--port', String(port), '--host', '127.0.0.1'], {
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true,
  });
  const server: PreviewServer = {
    origin: `http://127.0.0.1:${port}/`,
    stop: () => {
      if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid);
    },
  };
  try {
    await waitForServer(server.origin, timeoutMs);
  } catch (error) {
    server.stop();
    throw error;
  }
  return server;
}

async function waitForServer(address: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(address)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The preview server did not answer at ${address} within ${timeoutMs} ms`);
}
