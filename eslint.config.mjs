// One flat ESLint config for the whole monorepo (ESLint looks it up from each linted file's folder).
// Type-aware where a promise can be lost: a floating promise or a promise handed to something that
// ignores it hides failures (an unhandled rejection in the API, a save error nobody sees in the CMS).
// Formatting is Prettier's (.prettierrc); eslint-config-prettier switches off the rules it owns.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import simpleImportSort from 'eslint-plugin-simple-import-sort';
import vue from 'eslint-plugin-vue';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = import.meta.dirname;

/** TypeScript sources that belong to a tsconfig (the project service type-checks them). */
const typed = ['**/*.ts', '**/*.mts', '**/*.vue'];
/** TypeScript files no tsconfig includes: linted without type information. */
const untyped = [
  '**/vitest.config.mts',
  '**/vite.config.ts',
  'packages/web/src/vite.d.ts',
  'packages/domain/scripts/*.d.mts',
  'apps/api/test/fixtures/**/*.d.mts',
];

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-ssr/**',
      '**/node_modules/**',
      '**/coverage/**',
      '**/.turbo/**',
      'data/**',
      'bench/results/**',
      'tests/artifacts/**',
      'apps/api/test/fixtures/static/**',
      'apps/portal/src/assets/**',
      '**/*.generated.ts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...vue.configs['flat/recommended'],
  {
    languageOptions: {
      ecmaVersion: 2024,
      sourceType: 'module',
      globals: { ...globals.node, ...globals.browser },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    plugins: { 'simple-import-sort': simpleImportSort },
    rules: {
      // Sorting imports rewrites nearly every file: a warning here, applied by `pnpm format` (eslint --fix) in the one formatting commit.
      'simple-import-sort/imports': 'warn',
      'simple-import-sort/exports': 'warn',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true }],
      // Rows from the database and JSON bodies are typed at the edge; `any` is allowed where the code says why.
      '@typescript-eslint/no-explicit-any': 'off',
      'no-empty': ['error', { allowEmptyCatch: true }],
      // Escapers and sanitisers strip control characters on purpose (XML 1.0 forbids most of them).
      'no-control-regex': 'off',
      // Chinese fixtures and templates use the ideographic space (U+3000) as real text.
      'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true }],
    },
  },
  {
    files: ['**/*.vue'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] },
    },
    rules: {
      // Pages and single-word components (App.vue, pages named after routes) are the existing convention.
      'vue/multi-word-component-names': 'off',
    },
  },
  {
    files: typed,
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    files: untyped,
    ...tseslint.configs.disableTypeChecked,
  },
  prettier,
);
