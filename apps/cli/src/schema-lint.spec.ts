import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema } from 'graphql';
import { lintSchemaDescriptions } from './schema-lint.js';

describe('lintSchemaDescriptions', () => {
  it('names every type, field, argument, input field and enum value without a Chinese description', () => {
    const schema = buildSchema(`
      type Query {
        """意见"""
        opinion("""意见编号""" id: ID!, verbose: Boolean): Opinion
        stray: String
      }
      """意见建议"""
      type Opinion {
        """修改意见"""
        proposedChange: String!
        reason: String
        status: Status!
      }
      """The state, in English only"""
      enum Status {
        """已提交"""
        SUBMITTED
        WITHDRAWN
      }
      input SubmitInput {
        """修改意见"""
        proposedChange: String!
        reason: String
      }
      type Mutation {
        """提交"""
        submit("""输入""" input: SubmitInput!): Opinion
      }
      scalar Upload
    `);
    const report = lintSchemaDescriptions(schema);
    expect(report.undescribed.sort()).toEqual(
      [
        'Query.opinion(verbose)',
        'Query.stray',
        'Opinion.reason',
        'Opinion.status',
        'Status',
        'Status.WITHDRAWN',
        'SubmitInput',
        'SubmitInput.reason',
        'Upload',
      ].sort(),
    );
    // Query and Mutation are described by their fields; GraphQL's own scalars (String, ID, Boolean) are not ours.
    expect(report.counts).toEqual({
      types: { described: 1, total: 4 },
      fields: { described: 3, total: 6 },
      arguments: { described: 2, total: 3 },
      inputFields: { described: 1, total: 2 },
      enumValues: { described: 1, total: 2 },
    });
  });

  it('finds nothing missing in the committed schema', () => {
    const sdl = readFileSync(join(import.meta.dirname, '../../../schema/schema.graphql'), 'utf8');
    expect(lintSchemaDescriptions(buildSchema(sdl)).undescribed).toEqual([]);
  });
});
