// Renders GraphiQL against this server's /graphql, opening with a query that works on any graph.
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), {
  endpoint: '/graphql',
  title: 'evigraph GraphiQL',
  defaultQuery: [
    '# What does the evidence say? Five claims with their verdict and certainty.',
    '# Press the run button (or Ctrl-Enter); the Docs panel lists every field.',
    'query FirstClaims {',
    '  claims(first: 5) {',
    '    totalCount',
    '    nodes {',
    '      id',
    '      statement',
    '      claimKind',
    '      summary { verdict verdictReason certainty studies }',
    '    }',
    '  }',
    '}',
    '',
  ].join('\n'),
});
