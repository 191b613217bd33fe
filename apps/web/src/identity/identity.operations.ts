import { graphql } from '../gql';

/** The account as the workbench keeps it in the session: at sign-in, and again at each refresh (roles may change). */
export const SessionAccountFieldsFragment = graphql(`
  fragment SessionAccountFields on Account {
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
`);

export const LoginDocument = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      accessToken
      expiresAt
      refreshToken
      refreshExpiresAt
      account {
        ...SessionAccountFields
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
      account {
        ...SessionAccountFields
      }
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
