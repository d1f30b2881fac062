// Ships a Content-Security-Policy with the build, as a <meta> tag, because a static host may not let
// us set headers. Only in the build: the dev server needs inline scripts for hot reload.
// `frame-ancestors` cannot be set by a meta tag; SECURITY.md gives the header form for hosts that can.
import type { Plugin } from 'vite';
import { bootScriptHash } from './lib/page-shell';

export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // The app's own files, and the inline boot script by its hash (scripts/lib/page-shell.ts).
  `script-src 'self' ${bootScriptHash()}`,
  // Cytoscape and React set style attributes; no style sheet comes from elsewhere.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  // Datasets may be fetched from any https address the reader names (`?data=`).
  "connect-src 'self' https:",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicy(): Plugin {
  return {
    name: 'tieline-content-security-policy',
    apply: 'build',
    transformIndexHtml() {
      return [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }];
    },
  };
}
