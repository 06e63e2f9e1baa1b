// ESLint for the TypeScript sources (typed rules: they see the types, so they catch the bugs that
// matter here, such as a promise nobody awaits or an async function where a callback's result is
// ignored). Formatting is Prettier's job (.prettierrc.json); eslint-config-prettier turns off the
// rules that would fight it. `npm run lint` runs both with zero warnings allowed.
import eslint from '@eslint/js';
import prettier from 'eslint-config-prettier';
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  globalIgnores(['dist', '.builds', 'coverage', 'data', 'test/fixtures']),
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: {
      // Each file is checked with the tsconfig.json nearest to it (test/ has its own).
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    rules: {
      // Async methods with no await are deliberate here: they implement interfaces that return a
      // promise (in-memory twins of the Redis counters, Nest lifecycle hooks, mail transports), and
      // being async turns a throw into a rejection as callers expect.
      '@typescript-eslint/require-await': 'off',
      // The translator strips NULs and terminal escapes from pasted text on purpose.
      'no-control-regex': 'off',
      // A leading underscore marks a value left out on purpose (`const { engine: _engine, ...rest }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      // Nest injects by the constructor's emitted parameter types, and TypeScript emits a union
      // (`Foo | null`) as `Object`: an @Optional() parameter typed so silently receives nothing.
      'no-restricted-syntax': [
        'error',
        {
          selector: "TSParameterProperty:has(Decorator[expression.callee.name='Optional']) TSUnionType",
          message: 'Nest cannot see the type of a union: declare an @Optional() dependency as `name?: Type`.',
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Specs read HTTP answers as the untyped JSON a client receives (TestResponse.body is `any`) and
      // assert on their shape; typing every body would restate the DTOs the specs exist to check.
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // The few plain JavaScript files (configs, scripts) are not part of a TypeScript project.
    files: ['**/*.{js,mjs,cjs}'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: {
      globals: { process: 'readonly', console: 'readonly', module: 'writable', require: 'readonly', __dirname: 'readonly' },
    },
  },
  prettier,
);
