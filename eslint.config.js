// Lint, with the fences between processes (STYLE.md habit 4) as import rules.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = [
  'node:*',
  'fs',
  'path',
  'os',
  'crypto',
  'child_process',
  'http',
  'net',
  'stream',
  'url',
  'util',
];

const noElectron = { name: 'electron', message: 'never Electron: this code runs under plain Node' };
const noRenderer = { group: ['**/renderer/**'], message: 'the renderer is reached only through the API' };

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'release/**', 'out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: [
      'electron/**/*.ts',
      'electron/**/*.mjs',
      'drivers/**/*.ts',
      'test/**/*.ts',
      'assets/**/*.ts',
      '*.config.ts',
      '*.config.js',
    ],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
    },
  },
  {
    // Tests poke at JSON answers; typing every fixture would add noise, not safety.
    files: ['test/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // The renderer runs in a sandboxed page: no Node, no Electron, no drivers; only types from the contract.
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'the renderer reaches the runtime only through the API client' },
            ...nodeBuiltins
              .filter((n) => !n.includes('*'))
              .map((name) => ({ name, message: 'no Node in the renderer' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'no Node in the renderer' },
            {
              // The keyboard-wedge detector is written to run in the page (no Node): the one driver it may use.
              group: ['**/drivers/**', '!**/drivers/wedge', '!**/drivers/wedge/burst-detector', '**/electron/runtime/**', '**/electron/hub/**'],
              message: 'no runtime code in the renderer',
            },
            {
              group: ['**/electron/api', '**/electron/api.ts'],
              allowTypeImports: true,
              message: 'import only types from electron/api',
            },
            {
              group: ['**/electron/*', '!**/electron/api', '!**/electron/api.ts'],
              message: 'the renderer may import only types from electron/api',
            },
          ],
        },
      ],
    },
  },
  {
    // Drivers know bytes and devices, nothing of workers, databases or screens.
    files: ['drivers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/electron/**', '**/renderer/**', 'electron'],
              message: 'drivers never import the app',
            },
          ],
        },
      ],
    },
  },
  {
    // The keyboard-wedge detector runs in the renderer too: no Node.
    files: ['drivers/wedge/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*', '**/electron/**', '**/renderer/**'], message: 'the wedge detector must run in a browser' }] },
      ],
    },
  },
  {
    // The hub and the CLI run under plain Node: never Electron.
    files: ['electron/hub/**/*.ts', 'electron/cli/**/*.ts', 'electron/dispatcher.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [noElectron], patterns: [noRenderer] }],
    },
  },
  {
    // The runtime runs unchanged inside Electron and in the hub: it never reaches for a shell.
    files: ['electron/runtime/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            noRenderer,
            {
              group: ['**/shell', '**/shell/**', '**/hub', '**/hub/**', '**/main', '**/main.ts'],
              message: 'the runtime never imports a shell (electron/shell, electron/main.ts, the hub)',
            },
          ],
        },
      ],
    },
  },
  {
    // The contract is what both sides compile against (the renderer's TypeScript project too): it
    // stands alone. Types the runtime produces are declared here and imported by the runtime.
    files: ['electron/contract/**/*.ts', 'electron/api.ts', 'electron/schema/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            noRenderer,
            {
              group: ['**/runtime', '**/runtime/**', '**/hub', '**/hub/**', '**/shell', '**/shell/**'],
              message: 'the contract imports nothing of the runtime, the hub or a shell: declare it here',
            },
          ],
        },
      ],
    },
  },
);
