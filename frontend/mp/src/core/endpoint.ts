// Where the GraphQL API is: same origin on H5 (served by the API at /mp/), an absolute https URL in WeChat
// (build-time VITE_API_BASE; WeChat only allows https request domains configured in the mini-program console).
export const DEFAULT_API_BASE = 'https://api.zhilian.example.cn'

export function endpointFor(platform: string | undefined, apiBase: string | undefined): string {
  if (platform === 'h5') return '/graphql'
  return `${(apiBase || DEFAULT_API_BASE).replace(/\/+$/, '')}/graphql`
}

export const ENDPOINT = endpointFor(process.env.UNI_PLATFORM, import.meta.env.VITE_API_BASE)
