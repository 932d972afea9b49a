// @ts-check
import js from '@eslint/js'
import tseslint from 'typescript-eslint'

export default tseslint.config(
  {ignores: ['dist/', 'coverage/', 'examples/out/', 'node_modules/', '.doc-samples-*/']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-control-regex': 'off'
    }
  },
  {
    // The type check runs before anything is built (a fresh clone has no
    // dist/): TypeScript may load the build at run time, by URL, never import it.
    files: ['src/**/*.ts', 'test/**/*.ts'],
    rules: {'no-restricted-imports': ['error', {patterns: [{group: ['**/dist/**'], message: 'dist/ does not exist when a fresh clone is type-checked: load it with import(new URL(...)) and type it from src/.'}]}]}
  },
  {
    files: ['examples/**/*.js', 'bench/**/*.js'],
    languageOptions: {globals: {console: 'readonly', process: 'readonly', performance: 'readonly', URL: 'readonly'}}
  }
)
