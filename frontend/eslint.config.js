import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import reactRefresh from 'eslint-plugin-react-refresh';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const features = ['auth', 'onboarding', 'dashboard', 'orgs', 'members', 'exemptions', 'links', 'audit', 'schemes', 'cycle', 'me', 'ledger', 'filings', 'spotchecks'];

// Imports flow one way: app → features → components/lib, and features never import each other.
// Within a feature, use relative imports (one `../` at most); everything else goes through `@/`.
const leavesItsFolder = { regex: '^(\\.\\./){2,}', message: 'Import across folders with "@/…".' };
const boundaries = [
  {
    files: ['src/components/**', 'src/lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@/app/*', '@/features/*'], message: 'Shared code must not depend on the app or on features.' },
            leavesItsFolder,
          ],
        },
      ],
    },
  },
  ...features.map((feature) => ({
    files: [`src/features/${feature}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app/*', '@/features/*', `!@/features/${feature}`],
              message: 'A feature may use components and lib, never the app or another feature.',
            },
            leavesItsFolder,
          ],
        },
      ],
    },
  })),
];

export default defineConfig([
  globalIgnores(['dist', 'src/lib/api/schema.d.ts', 'e2e/artifacts']),
  {
    files: ['**/*.{ts,tsx}'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      reactHooks.configs.flat.recommended,
      reactRefresh.configs.vite,
    ],
    languageOptions: {
      globals: globals.browser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // Catches Ant Design props that v6 replaced (bodyStyle, destroyOnClose, …).
      '@typescript-eslint/no-deprecated': 'error',
    },
  },
  {
    files: ['e2e/**/*.mjs', 'eslint.config.js'],
    extends: [js.configs.recommended],
    // page.evaluate() callbacks run in the browser.
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  ...boundaries,
]);
