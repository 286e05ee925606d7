import { existsSync } from 'node:fs'
import type { CodegenConfig } from '@graphql-codegen/cli'

// Typed documents (plain strings: no graphql-js in the mini-program) from the committed root schema, plus the
// persisted-documents allow-list (src/gql/persisted-documents.json) that the server loads: anonymous and insured
// callers may only run these documents, sent as {documentId: sha256, variables}.
// CODEGEN_OUT lets scripts/codegen-check.mjs generate elsewhere and diff.
const out = process.env.CODEGEN_OUT ?? './src/gql/'
const schema = ['../../schema.graphql', ...(existsSync('contract.graphql') ? ['contract.graphql'] : [])]

const config: CodegenConfig = {
  schema,
  documents: ['src/api/**/*.ts', '!src/api/**/*.spec.ts'],
  ignoreNoDocuments: false,
  generates: {
    [out]: {
      preset: 'client',
      presetConfig: {
        fragmentMasking: false,
        persistedDocuments: { hashAlgorithm: 'sha256' },
      },
      config: {
        documentMode: 'string',
        enumsAsTypes: true,
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        scalars: { DateTime: 'string', Date: 'string', Decimal: 'string', JSON: 'unknown', Upload: 'File' },
      },
    },
  },
}

export default config
