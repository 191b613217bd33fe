import { graphql } from '../gql';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
      account {
        id
        username
        displayName
        roles {
          role
          contactPointId
          legislatureId
          liaisonUnitId
        }
      }
    }
  }
`);
