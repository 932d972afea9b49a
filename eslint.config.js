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
    files: ['examples/**/*.js', 'bench/**/*.js'],
    languageOptions: {globals: {console: 'readonly', process: 'readonly', performance: 'readonly', URL: 'readonly'}}
  }
)
