import { describe, expect, it } from 'vitest'
import { DEFAULT_API_BASE, endpointFor } from './endpoint'

describe('endpointFor', () => {
  it('is same-origin /graphql on H5', () => {
    expect(endpointFor('h5', 'https://elsewhere.example')).toBe('/graphql')
  })
  it('is the absolute https API base in WeChat, with or without a trailing slash', () => {
    expect(endpointFor('mp-weixin', undefined)).toBe(`${DEFAULT_API_BASE}/graphql`)
    expect(endpointFor('mp-weixin', 'https://yb.example.gov.cn/')).toBe('https://yb.example.gov.cn/graphql')
  })
})
