// Renders GraphiQL against this server's /graphql.
YogaGraphiQL.renderYogaGraphiQL(document.getElementById('root'), { endpoint: '/graphql', title: 'evigraph GraphiQL' });
