import { graphql } from '@/gql'

export const TagsQuery = graphql(`
  query Tags {
    tags {
      id
      code
      name
      description
      valueType
      allowedValues
      appliesTo
      ownerDivisionCode
      ownerDivision { name }
      editable
    }
  }
`)

export const TagCreateMutation = graphql(`
  mutation TagCreate($input: TagCreateInput!) {
    tagCreate(input: $input) {
      tag { id }
      userErrors { ...TagUserErrorFields }
    }
  }
`)

export const TagUpdateMutation = graphql(`
  mutation TagUpdate($input: TagUpdateInput!) {
    tagUpdate(input: $input) {
      tag { id name description allowedValues }
      userErrors { ...TagUserErrorFields }
    }
  }
`)

export const TagDeleteMutation = graphql(`
  mutation TagDelete($input: TagDeleteInput!) {
    tagDelete(input: $input) {
      deletedId
      userErrors { ...TagUserErrorFields }
    }
  }
`)

export const TagAssignMutation = graphql(`
  mutation TagAssign($input: TagAssignInput!) {
    tagAssign(input: $input) {
      tag { id }
      userErrors { ...TagUserErrorFields }
    }
  }
`)

export const TagUnassignMutation = graphql(`
  mutation TagUnassign($input: TagUnassignInput!) {
    tagUnassign(input: $input) {
      tag { id }
      userErrors { ...TagUserErrorFields }
    }
  }
`)
