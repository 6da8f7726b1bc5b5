// Monaco's workers come from this server (the CSP allows no other origin).
self.MonacoEnvironment = {
  globalAPI: false,
  getWorkerUrl: (_moduleId, label) => {
    var name = { editorWorkerService: 'editor', json: 'json', graphql: 'graphql' }[label] || 'editor';
    return '/graphiql/monacoeditorwork/' + name + '.worker.bundle.js';
  },
};
