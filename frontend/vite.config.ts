/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type ProxyOptions } from 'vite';

// Everything the backend serves on the SPA's origin: the REST API, the BFF's OAuth2/OIDC
// endpoints, its server-rendered sign-in page, API docs and health checks.
const backendPaths = [
  '/api',
  '/oauth2',
  '/login',
  '/logout',
  '/activate',
  '/sign-in-assets',
  '/.well-known',
  '/userinfo',
  '/connect',
  '/v3/api-docs',
  '/swagger-ui',
  '/actuator',
];

const backendUrl = process.env.BACKEND_URL ?? 'http://localhost:8080';

// changeOrigin stays false: the backend builds its redirect URLs from the Host header,
// which must remain the SPA's origin so the browser keeps one origin and one cookie jar.
// xfwd: the proxy tells the backend who the client is (X-Forwarded-For), which it trusts from loopback only.
const proxy: Record<string, ProxyOptions> = Object.fromEntries(
  backendPaths.map((path) => [path, { target: backendUrl, changeOrigin: false, xfwd: true }]),
);

// What the built app's pages tell the browser (the backend sends the same on its own pages, and nginx in
// docker compose): only our own scripts, Ant Design's inline styles, never framed, no sniffing.
const securityHeaders = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
    "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; " +
    "frame-ancestors 'none'",
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  server: { port: 5173, strictPort: true, proxy },
  preview: { proxy, headers: securityHeaders },
  build: {
    // Ant Design's own components (~680 kB) and its rc-component base (~370 kB) are cached as two chunks;
    // the warning guards every chunk, the app's own included.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: separate chunks stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler)[\\/]/ },
            { name: 'rc-components', test: /node_modules[\\/](@rc-component|rc-[^\\/]+)[\\/]/ },
            { name: 'antd', test: /node_modules[\\/](antd|@ant-design)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['./src/test/setup.ts'],
    include: ['src/**/*.test.{ts,tsx}'],
    css: false,
    unstubGlobals: true,
    testTimeout: 15_000,
  },
});
