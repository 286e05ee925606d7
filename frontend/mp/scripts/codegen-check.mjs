// Fails when src/gql/ is not what graphql-codegen would generate from ../../schema.graphql and src/api/ (persisted-documents.json included: it is the server's allow-list).
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const tmp = mkdtempSync(join(tmpdir(), 'zhilian-gql-'))
try {
  execFileSync('npx', ['graphql-codegen', '--config', 'codegen.ts', '--silent'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, CODEGEN_OUT: tmp + '/' },
  })
  const committed = 'src/gql'
  const names = new Set([...readdirSync(tmp), ...readdirSync(committed)])
  const stale = []
  for (const name of names) {
    let a = null
    let b = null
    try { a = readFileSync(join(tmp, name), 'utf8') } catch { /* missing */ }
    try { b = readFileSync(join(committed, name), 'utf8') } catch { /* missing */ }
    if (a !== b) stale.push(name)
  }
  if (stale.length) {
    console.error(`src/gql is stale (${stale.join(', ')}): run \`npm run codegen\` in frontend/admin and commit the result`)
    process.exit(1)
  }
  console.log('src/gql is up to date')
} finally {
  rmSync(tmp, { recursive: true, force: true })
}
