// Import boundaries follow ../shared/design/ARCHITECTURE.md: core is pure, the renderer never
// reaches electron/, services never import electron.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'
import prettierConfig from 'eslint-config-prettier'

const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'http',
  'https',
  'net',
  'crypto',
  'url',
  'stream',
  'worker_threads',
  'zlib',
  'process',
]

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', '**/.cache/**', 'test-results/**', 'playwright-report/**', 'artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/ban-ts-comment': [
        'error',
        { 'ts-ignore': true, 'ts-nocheck': true, 'ts-expect-error': 'allow-with-description' },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'electron', message: 'core/ is pure: no Electron.' },
            { name: 'react', message: 'core/ is pure: no React.' },
            { name: 'react-dom', message: 'core/ is pure: no React.' },
            ...nodeBuiltins.map((name) => ({ name, message: 'core/ does no Node I/O.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'core/ does no Node I/O.' },
            {
              group: ['**/electron/**', '**/renderer/**', 'electron/*', 'renderer/*'],
              message: 'core/ may not import electron/ or renderer/.',
            },
            { group: ['react/*', 'react-dom/*', '@lexical/react*'], message: 'core/ is pure: no React.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The renderer talks to the backend through renderer/api only.' }],
          patterns: [
            { group: ['**/electron/**', 'electron/*'], message: 'renderer/ may not import electron/ (use renderer/api).' },
            { group: ['node:*'], message: 'The renderer runs in a browser sandbox.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/services/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Services run in the browser-mode host and the CLI too: no Electron here.' }],
          patterns: [{ group: ['**/renderer/**'], message: 'Services may not import the renderer.' }],
        },
      ],
    },
  },
  {
    files: ['electron/host/**/*.ts', 'electron/cli.ts', 'electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'The host and the CLI run without Electron.' }],
          patterns: [
            { group: ['**/renderer/**', '**/main/**'], message: 'The host and CLI use services, not the renderer or Electron main.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'scripts/**/*.{ts,mjs}', 'tests/**/*.ts', 'bin/**/*.mjs', '*.config.{ts,js}'],
    languageOptions: { globals: globals.node },
  },
  prettierConfig,
)
