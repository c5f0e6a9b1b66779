// `npm run lint`: the code's lint rules (typescript-eslint's recommended set; prettier owns the layout),
// and the rules the public GraphQL schema and its named operations are held to (@graphql-eslint).
import js from '@eslint/js';
import graphql from '@graphql-eslint/eslint-plugin';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The API schema as clients see it (written by `npm run compose`), and the operations the REST and
// MCP facades send.
const graphQLConfig = { schema: 'schema/api.graphql', documents: 'schema/operations/*.graphql' };
const graphqlLanguage = { parser: graphql.parser, parserOptions: { graphQLConfig } };
const OPERATION_VALIDATION = [
  'known-fragment-names',
  'known-type-names',
  'known-argument-names',
  'fields-on-correct-type',
  'provided-required-arguments',
  'scalar-leafs',
  'no-unused-fragments',
  'no-unused-variables',
  'no-undefined-variables',
  'variables-in-allowed-position',
  'overlapping-fields-can-be-merged',
];

export default tseslint.config(
  { ignores: ['dist/', 'data/', 'node_modules/', 'lib/operations.generated.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // Tests read GraphQL answers as untyped JSON.
  { files: ['test/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  {
    files: ['schema/api.graphql'],
    languageOptions: graphqlLanguage,
    plugins: { '@graphql-eslint': graphql },
    rules: {
      '@graphql-eslint/require-description': [
        'error',
        {
          types: true,
          rootField: true,
          FieldDefinition: true,
          InputValueDefinition: true,
          EnumValueDefinition: true,
          DirectiveDefinition: true,
        },
      ],
      '@graphql-eslint/naming-convention': [
        'error',
        {
          types: 'PascalCase',
          FieldDefinition: 'camelCase',
          InputValueDefinition: 'camelCase',
          EnumValueDefinition: 'UPPER_CASE',
        },
      ],
      '@graphql-eslint/relay-page-info': 'error',
      '@graphql-eslint/relay-connection-types': 'error',
      '@graphql-eslint/relay-edge-types': [
        'error',
        { withEdgeSuffix: true, shouldImplementNode: false, listTypeCanWrapOnlyEdgeType: false },
      ],
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      '@graphql-eslint/require-deprecation-reason': 'error',
      '@graphql-eslint/no-unreachable-types': 'error',
    },
  },
  {
    files: ['schema/operations/*.graphql'],
    languageOptions: graphqlLanguage,
    plugins: { '@graphql-eslint': graphql },
    rules: {
      '@graphql-eslint/require-description': ['error', { OperationDefinition: true }],
      '@graphql-eslint/no-duplicate-fields': 'error',
      '@graphql-eslint/no-deprecated': 'error',
      '@graphql-eslint/unique-operation-name': 'error',
      '@graphql-eslint/unique-fragment-name': 'error',
      // graphql-js's own validation of the operations against the schema.
      ...Object.fromEntries(OPERATION_VALIDATION.map((rule) => [`@graphql-eslint/${rule}`, 'error'])),
      '@graphql-eslint/naming-convention': [
        'error',
        { OperationDefinition: { style: 'PascalCase' }, FragmentDefinition: { style: 'PascalCase' } },
      ],
    },
  },
);
