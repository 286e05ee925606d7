import { graphql } from '@/gql'

export const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      userErrors { code message field }
    }
  }
`)

export const MeQuery = graphql(`
  query Me {
    me {
      username
      displayName
      role
      roleLabel
      posts
      postLabels
      scopes
      divisionCode
      areaPath
      organisation { id name subtype }
      division { code name level }
    }
  }
`)

export const SessionRefreshMutation = graphql(`
  mutation SessionRefresh {
    sessionRefresh {
      token
      expiresAt
      userErrors { code message field }
    }
  }
`)
