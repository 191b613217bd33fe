import { graphql } from '../gql';

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
      refreshToken
      refreshExpiresAt
      account {
        id
        username
        displayName
        mustChangePassword
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

export const RefreshSessionDocument = graphql(`
  mutation RefreshSession($input: RefreshSessionInput!) {
    refreshSession(input: $input) {
      accessToken
      expiresAt
      refreshToken
      refreshExpiresAt
    }
  }
`);

export const LogoutDocument = graphql(`
  mutation Logout($input: LogoutInput!) {
    logout(input: $input) {
      everywhere
      signedOutAt
    }
  }
`);

export const ChangePasswordDocument = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
      id
    }
  }
`);
