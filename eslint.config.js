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
              group: ['**/drivers/**', '**/electron/runtime/**', '**/electron/hub/**'],
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
    // The runtime runs under plain Node in the hub: never Electron.
    files: [
      'electron/runtime/**/*.ts',
      'electron/hub/**/*.ts',
      'electron/cli/**/*.ts',
      'electron/dispatcher.ts',
      'electron/api.ts',
      'electron/schema/**/*.ts',
      'electron/contract/**/*.ts',
    ],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'the runtime must run under plain Node' }],
          patterns: [{ group: ['**/renderer/**'], message: 'the runtime never imports the renderer' }],
        },
      ],
    },
  },
);
