// A background job's public state (issue 17), the same for every kind: what the shared progress bar follows.
import { graphql } from '../gql';

export const JobStatusFieldsFragment = graphql(`
  fragment JobStatusFields on Job {
    id
    kind
    state
    progress
    step
    summary
    error {
      code
      message
    }
  }
`);

export const JobStatusDocument = graphql(`
  query JobStatus($id: ID!) {
    job(id: $id) {
      ...JobStatusFields
    }
  }
`);
