import fs from 'node:fs';
import { buildSchema, Kind, parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import { describe, expect, test } from 'vitest';
import { claimPartsFor, LEAN_STUDY_PROPS } from '../../server/src/resolvers/claim-parts.js';
import { claimWholeStatement } from '../../server/src/queries/get-claim-whole.js';

const schema = buildSchema(fs.readFileSync(new URL('../../schema.graphql', import.meta.url), 'utf8'));

/** What the claim resolver's `info` holds for this operation (its first field is the claim). */
function infoOf(query: string) {
  const doc = parse(query);
  const operation = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const fragments = Object.fromEntries(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  const claim = operation.selectionSet.selections.find((s): s is FieldNode => s.kind === Kind.FIELD && s.name.value === 'claim')!;
  return { fieldNodes: [claim], fragments, operation, schema };
}

describe('what the claim statement reads for a request', () => {
  test('the summary rule context only when a summary or its table is selected', () => {
    expect(claimPartsFor(infoOf('{ claim(id: "x") { statement evidence { stance } } }')).context).toBe(false);
    expect(claimPartsFor(infoOf('{ claim(id: "x") { summary { balance } } }')).context).toBe(true);
    expect(claimPartsFor(infoOf('{ claim(id: "x") { ...S } } fragment S on Claim { summaryOfFindings { csv } }')).context).toBe(true);
  });

  test('lean study rows when every selected study field is answered by them', () => {
    const parts = claimPartsFor(infoOf('{ claim(id: "x") { evidence { study { id title year design sampleSize riskOfBias { source } } } } }'));
    expect(parts.studyProps).toEqual(LEAN_STUDY_PROPS);
    expect(claimWholeStatement(parts)).not.toContain('study: s {.*');
  });

  test('every study property when a field reading the others is selected anywhere, through fragments too', () => {
    expect(claimPartsFor(infoOf('{ claim(id: "x") { evidence { study { confirmedFrom } } } }')).studyProps).toBeNull();
    const viaFragment = '{ claim(id: "x") { evidence { study { ...U } } } } fragment U on Study { uncertain }';
    expect(claimPartsFor(infoOf(viaFragment)).studyProps).toBeNull();
    expect(claimWholeStatement(claimPartsFor(infoOf(viaFragment)))).toContain('study: s {.*');
  });

  test('the statement without context reads no study relations', () => {
    expect(claimWholeStatement({ context: false, studyProps: null })).not.toContain('UPDATES');
    expect(claimWholeStatement({ context: true, studyProps: null })).toContain('UPDATES');
  });
});
