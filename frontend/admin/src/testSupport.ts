/**
 * For component tests (Vitest): a stand-in urql client that answers each query by its operation name, recording the
 * variables it was asked with, and a router over any path. Not imported by the app.
 */
import type { AnyVariables, GraphQLRequest, OperationResult } from '@urql/core'
import { shallowRef } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import type { Router } from 'vue-router'
import { fromValue } from 'wonka' // @urql/core's stream library

export type Answer = (variables: Record<string, unknown>) => unknown

export interface FakeUrql {
  /** provide: { $urql } for @vue/test-utils' global options. */
  provide: Record<string, unknown>
  /** Each query asked, in order: its operation name and variables. */
  calls: { name: string; variables: Record<string, unknown> }[]
}

function operationName(request: GraphQLRequest): string {
  for (const d of request.query.definitions) if (d.kind === 'OperationDefinition' && d.name) return d.name.value
  return ''
}

export function fakeUrql(answers: Record<string, Answer>): FakeUrql {
  const calls: FakeUrql['calls'] = []
  const client = {
    executeQuery(request: GraphQLRequest<unknown, AnyVariables>) {
      const name = operationName(request)
      const variables = (request.variables ?? {}) as Record<string, unknown>
      calls.push({ name, variables })
      const answer = answers[name]
      if (!answer) throw new Error(`no answer for query ${name}`)
      return fromValue({ data: answer(variables), stale: false, hasNext: false } as unknown as OperationResult)
    },
  }
  return { provide: { $urql: shallowRef(client) }, calls }
}

/** A router where every path renders nothing (for pages with links and URL state). */
export function anyPathRouter(): Router {
  return createRouter({ history: createMemoryHistory(), routes: [{ path: '/:p(.*)*', component: { render: () => null } }] })
}
