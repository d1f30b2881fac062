// Imported first by every module that builds a zod schema. Zod 4 compiles fast object parsers with
// `new Function`, after probing whether the page allows it; Tieline's Content-Security-Policy does
// not (no 'unsafe-eval'), so the probe only raised a CSP violation report on every page load.
// Parsing without compiling gives the same results (zod's documented `jitless` option).
import { config } from 'zod';

config({ jitless: true });
