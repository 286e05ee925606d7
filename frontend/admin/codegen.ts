import type { CodegenConfig } from '@graphql-codegen/cli'

// Typed documents from the committed schema. CODEGEN_OUT lets `npm run codegen:check` generate elsewhere and diff.
const out = process.env.CODEGEN_OUT ?? './src/gql/'

const config: CodegenConfig = {
  schema: '../../schema.graphql',
  documents: ['src/api/**/*.ts', '!src/api/**/*.spec.ts'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', Decimal: 'string', JSON: 'unknown', Upload: 'File' },
      },
    },
  },
}

export default config
