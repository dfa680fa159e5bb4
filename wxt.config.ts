import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifestVersion: 3,
  // Several builds may run side by side (tests, benchmarks): each can ask for its own folder.
  outDir: process.env.UNLENS_OUT_DIR ?? '.output',
  vite: () => ({
    plugins: [preact()],
    // Measuring aids (scripts/profile-first.ts): a source map, or an unminified build to read.
    build: { sourcemap: !!process.env.UNLENS_SOURCEMAP, ...(process.env.UNLENS_NO_MINIFY ? { minify: false } : {}) },
    // The content script's context without WXT's start-up announcements to the page (see the file).
    resolve: { alias: { 'wxt/utils/content-script-context': fileURLToPath(new URL('./entrypoints/content/context.ts', import.meta.url)) } },
  }),
  zip: {
    excludeSources: ['tests/**', 'test-results/**', 'bench-results/**', 'docs/screenshots/**', '.ci/**'],
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: browser.storage.local keeps the reader's copy of their own data (settings, trail,
    // imported files) apart from the IndexedDB database (lib/db/reader-copy); the side panel permission is added by WXT for
    // Chrome when entrypoints/sidepanel exists. No tabs/<all_urls>: the overlay only needs
    // its content-script matches. The reader fetches PDFs from two hosts: documents.un.org
    // (its files, and its symbol API, to which undocs.org / docs.un.org addresses are mapped
    // instead of fetching those viewer pages) and digitallibrary.un.org (record files).
    // activeTab: the popup reads the current tab's URL to offer "open in reader" for a UN PDF.
    permissions: ['storage', 'activeTab'],
    host_permissions: ['https://documents.un.org/*', 'https://digitallibrary.un.org/*'],
    omnibox: { keyword: 'un' },
    action: { default_title: '__MSG_extName__' },
    commands: {
      'open-side-panel': {
        suggested_key: { default: 'Alt+Shift+U' },
        description: '__MSG_commandOpenSidePanel__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'un-docs-lens@undocs-lens.example',
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Android Firefox learned data_collection_permissions in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
