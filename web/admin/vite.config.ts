import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/**
 * The admin SPA. Built into web/admin/dist and served under /admin/ (CloudFront on AWS, the local gateway
 * of `npm start` on one machine), so every asset URL starts with /admin/assets/.
 * `npm run build:admin` builds; `npx vite --config web/admin/vite.config.ts` serves it with hot reload and
 * proxies every other path (API, token issuer, media, site assets) to a running `npm start` (QTP_ORIGIN, default :3000).
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const apiOrigin = process.env.QTP_ORIGIN ?? 'http://localhost:3000';

export default defineConfig({
  root: here('.'),
  base: '/admin/',
  publicDir: here('./public'),
  resolve: {
    // The domain schemas are the one source of types (shared/domain); nothing else of the server is imported.
    alias: [{ find: /^#shared\//, replacement: `${here('../../shared')}/` }],
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: here('./dist'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    reportCompressedSize: true,
  },
  server: {
    port: 5173,
    strictPort: false,
    // Everything that is not the SPA goes to the gateway: the API, the token issuer, media, and the public
    // site's own assets (the review preview's stylesheet).
    proxy: { '^/(?!admin(?:/|$))': apiOrigin },
  },
});
