import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { FULLTEXT_INDEX } from '../server/src/db/migrations.js';
import type { DbTarget } from '../server/src/db/db.js';

// The labels and relationship types the seed loader writes (server/src/seed/seed-cypher.ts, server/src/domain),
// with the direction it writes them: Study -[SUPPORTS|CONTRADICTS|QUALIFIES]-> Claim, Source -[ASSERTS]-> Claim,
// Claim -[ABOUT|COMPARED_WITH]-> Technique, -[IN]-> Condition, -[ON]-> Outcome, -[VIA]-> Mechanism,
// Source -[CITES]-> Study, Technique -[PART_OF]-> Technique, Technique -[CONTRAINDICATED_IN]-> Condition.
// UPDATES, REPUBLISHES and INCLUDES (Study -> Study) say which publications are one body of evidence.
// Outcome, Mechanism, CITES, PART_OF and CONTRAINDICATED_IN are here only so the depth-2 neighbourhood
// reaches every neighbour evigraph can draw. Each searchable type names evigraph's one full-text index.
const search = (queryName: string, fields: string[]) => `@fulltext(indexes: [{ indexName: "${FULLTEXT_INDEX}", queryName: "${queryName}", fields: ${JSON.stringify(fields)} }])`;

export const TYPE_DEFS = /* GraphQL */ `
  type Finding @relationshipProperties {
    id: ID
    quote: String
    timepoint: String
    effect: String
    why: String
  }

  type Assertion @relationshipProperties {
    id: ID
    quote: String
  }

  type Study @node ${search('searchStudies', ['title'])} {
    id: ID!
    # Stored by evigraph's writes and loader (evidence relationships, all relationships): what the neighbourhood ranks by.
    weight: Int
    degree: Int
    title: String
    authors: [String!]
    year: Int
    design: String
    sampleSize: Int
    updates: [Study!]! @relationship(type: "UPDATES", direction: OUT)
    republishes: [Study!]! @relationship(type: "REPUBLISHES", direction: OUT)
    includes: [Study!]! @relationship(type: "INCLUDES", direction: OUT)
    supports: [Claim!]! @relationship(type: "SUPPORTS", direction: OUT, properties: "Finding")
    contradicts: [Claim!]! @relationship(type: "CONTRADICTS", direction: OUT, properties: "Finding")
    qualifies: [Claim!]! @relationship(type: "QUALIFIES", direction: OUT, properties: "Finding")
    citedBy: [Source!]! @relationship(type: "CITES", direction: IN)
  }

  type Claim @node ${search('searchClaims', ['statement'])} {
    id: ID!
    weight: Int
    degree: Int
    statement: String
    techniques: [Technique!]! @relationship(type: "ABOUT", direction: OUT)
    comparedWith: [Technique!]! @relationship(type: "COMPARED_WITH", direction: OUT)
    conditions: [Condition!]! @relationship(type: "IN", direction: OUT)
    outcomes: [Outcome!]! @relationship(type: "ON", direction: OUT)
    mechanisms: [Mechanism!]! @relationship(type: "VIA", direction: OUT)
    supportedBy: [Study!]! @relationship(type: "SUPPORTS", direction: IN, properties: "Finding")
    contradictedBy: [Study!]! @relationship(type: "CONTRADICTS", direction: IN, properties: "Finding")
    qualifiedBy: [Study!]! @relationship(type: "QUALIFIES", direction: IN, properties: "Finding")
    assertedBy: [Source!]! @relationship(type: "ASSERTS", direction: IN, properties: "Assertion")
  }

  type Technique @node ${search('searchTechniques', ['name'])} {
    id: ID!
    weight: Int
    degree: Int
    name: String
    aliases: [String!]
    claims: [Claim!]! @relationship(type: "ABOUT", direction: IN)
    comparatorIn: [Claim!]! @relationship(type: "COMPARED_WITH", direction: IN)
    partOf: [Technique!]! @relationship(type: "PART_OF", direction: OUT)
    parts: [Technique!]! @relationship(type: "PART_OF", direction: IN)
    contraindicatedIn: [Condition!]! @relationship(type: "CONTRAINDICATED_IN", direction: OUT)
  }

  type Condition @node ${search('searchConditions', ['name'])} {
    id: ID!
    weight: Int
    degree: Int
    name: String
    aliases: [String!]
    claims: [Claim!]! @relationship(type: "IN", direction: IN)
    contraindicated: [Technique!]! @relationship(type: "CONTRAINDICATED_IN", direction: IN)
  }

  type Source @node ${search('searchSources', ['title'])} {
    id: ID!
    weight: Int
    degree: Int
    title: String
    asserts: [Claim!]! @relationship(type: "ASSERTS", direction: OUT, properties: "Assertion")
    cites: [Study!]! @relationship(type: "CITES", direction: OUT)
  }

  type Outcome @node ${search('searchOutcomes', ['name'])} {
    id: ID!
    weight: Int
    degree: Int
    name: String
    aliases: [String!]
    claims: [Claim!]! @relationship(type: "ON", direction: IN)
  }

  type Mechanism @node ${search('searchMechanisms', ['name'])} {
    id: ID!
    weight: Int
    degree: Int
    name: String
    aliases: [String!]
    claims: [Claim!]! @relationship(type: "VIA", direction: IN)
  }
`;

/**
 * @neo4j/graphql 7 on the benchmark's database, served by graphql-yoga on an ephemeral port:
 * the generated schema only (no custom Cypher, no resolvers of ours), read-only use.
 */
export async function startNeo4jGraphqlServer(target: DbTarget): Promise<{ base: string; stop: () => Promise<void> }> {
  const driver = neo4j.driver(target.uri, neo4j.auth.basic(target.user, target.password));
  const schema = await new Neo4jGraphQL({ typeDefs: TYPE_DEFS, driver }).getSchema();
  const yoga = createYoga({ schema, context: { sessionConfig: { database: target.database } }, logging: false, graphiql: false });
  const server: Server = createServer(yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    stop: async () => {
      server.close();
      await driver.close();
    },
  };
}
