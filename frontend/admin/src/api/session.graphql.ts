import { graphql } from '@/gql'

/** A new session token, or why there is none (sign-in and refresh). */
export const SessionTokenFragment = graphql(`
  fragment SessionTokenFields on LoginPayload { token expiresAt userErrors { ...AuthUserErrorFields } }
`)

export const UserLoginMutation = graphql(`
  mutation UserLogin($input: UserLoginInput!) {
    userLogin(input: $input) { ...SessionTokenFields }
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
    sessionRefresh { ...SessionTokenFields }
  }
`)
