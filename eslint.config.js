// ESLint flat config: TypeScript and Svelte rules, plus the realm boundaries (the core imports no DOM, pdf.js or UI code).
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

export default ts.config(
  { ignores: ['dist/', 'node_modules/', 'test-results/', 'playwright-report/', 'dev-dist/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/platform/**', '**/ui/**', '**/workers/**', 'svelte', 'svelte/*'],
              message: 'src/lib is the pure core: it may not import platform, UI or worker code.',
            },
            {
              group: ['pdfjs-dist', 'pdfjs-dist/*', 'idb'],
              message: 'src/lib is the pure core: pdf.js and IndexedDB belong in src/platform.',
            },
          ],
        },
      ],
    },
  },
);
