// Lint, including the layer rules (docs/ARCHITECTURE.md, "Layers and what each may import"): a wrong import fails `npm test`.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_BUILTINS = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'http', 'https', 'net', 'crypto', 'url', 'stream', 'worker_threads'];
const noElectron = { group: ['electron', 'electron/*'], message: 'Only electron/main and electron/preload may import electron.' };
const noNode = { group: NODE_BUILTINS, message: 'This layer runs without Node: no node:* imports.' };
const noReact = { group: ['react', 'react-dom', 'react-dom/*', 'zustand', 'zustand/*', 'dexie', 'dexie-react-hooks'], message: 'shared/ holds no UI or storage code.' };
// Every word a person reads comes from the catalogue (shared/i18n/catalogues/): no letters in JSX
// text or in the attributes people read, and no sentences in the domain (docs/ARCHITECTURE.md, "Languages").
const noEval = { selector: "CallExpression[callee.name='eval']", message: 'No eval.' };
const READ_ATTRIBUTES = '/^(aria-label|aria-description|aria-roledescription|aria-valuetext|title|placeholder|alt|label)$/';
const WORDS = '/[A-Za-zÄÖÜäöüß]{2,}/';
const catalogueOnly = 'User-facing text comes from the catalogue: i18n.t(\'…\') (shared/i18n/catalogues/en.json and every other language).';
const noLiteralText = [
  { selector: `JSXText[value=${WORDS}]`, message: catalogueOnly },
  { selector: `JSXElement > JSXExpressionContainer > Literal[value=${WORDS}]`, message: catalogueOnly },
  { selector: `JSXElement > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`, message: catalogueOnly },
  { selector: `JSXAttribute[name.name=${READ_ATTRIBUTES}] > Literal[value=${WORDS}]`, message: catalogueOnly },
  { selector: `JSXAttribute[name.name=${READ_ATTRIBUTES}] > JSXExpressionContainer > Literal[value=${WORDS}]`, message: catalogueOnly },
  { selector: `JSXAttribute[name.name=${READ_ATTRIBUTES}] > JSXExpressionContainer > TemplateLiteral > TemplateElement[value.raw=${WORDS}]`, message: catalogueOnly },
];
// A sentence: a capital, then at least three more words. Errors for developers (new …Error('…')) are not for people.
const SENTENCE = '/^[A-Z][a-z’\']+(,? [a-z’\']+){3,}/';
const noSentences = [
  { selector: `Literal[value=${SENTENCE}]:not(NewExpression > Literal)`, message: catalogueOnly },
  { selector: `TemplateLiteral:not(NewExpression > TemplateLiteral) > TemplateElement[value.raw=${SENTENCE}]`, message: catalogueOnly },
];
const noUpward = (...folders) => ({ group: folders, message: 'This layer may not import from that folder (docs/ARCHITECTURE.md, "Layers and what each may import").' });

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'coverage/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-syntax': ['error', noEval],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron, noNode, noReact, noUpward('**/electron/**', '**/renderer/**', '**/tests/**')] }],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'localStorage', 'indexedDB'],
      'no-restricted-syntax': ['error', noEval, ...noSentences],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [noElectron, noNode, noUpward('**/electron/**', '**/tests/**')] }],
      'no-restricted-globals': ['error', 'process', 'require'],
      'no-restricted-syntax': ['error', noEval, ...noLiteralText, ...noSentences],
    },
  },
  {
    files: ['electron/services/**/*.ts', 'electron/cli/**/*.ts', 'electron/shell/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [noElectron, noUpward('**/renderer/**', '**/electron/main/**', '**/electron/preload/**', '**/tests/**')] }],
      'no-restricted-syntax': ['error', noEval, ...noSentences],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      // The sandboxed preload may use electron and type-only imports of the contract, nothing else.
      'no-restricted-imports': ['error', { patterns: [noNode, noUpward('**/renderer/**', '**/electron/services/**', '**/electron/main/**')] }],
    },
  },
  {
    files: ['electron/main/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noUpward('**/renderer/**', '**/tests/**')] }] },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'eslint.config.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
  },
);
