import { startUp } from '../start-up.js';
import { checkSeed, SeedCheckError } from '../seed/check-seed.js';
import { loadSeed, SEED_ROOT } from '../seed/load-seed.js';

/** `npm run seed -- check [root]` checks graph-seed/ (shared/ and every question); `npm run seed -- load [root]` checks and loads it. */
const [command = 'load', dir = SEED_ROOT] = process.argv.slice(2);
try {
  if (command === 'check') {
    const data = checkSeed(dir);
    const links = data.evidence.reduce((n, e) => n + e.links.length, 0);
    console.log(`seed data OK: ${data.questions.length} question(s) (${data.questions.map((q) => q.question.id).join(', ')}), ${data.studies.length} studies, ${data.claims.length} claims, ${data.evidence.length} findings judged against claims in ${links} evidence links, ${data.relations.length} relations between studies`);
  } else if (command === 'load') {
    const { db, close } = await startUp();
    try {
      await loadSeed(db, dir);
    } finally {
      await close();
    }
    console.log('seed graph loaded');
  } else {
    throw new Error(`unknown command "${command}": use check or load`);
  }
} catch (err) {
  console.error(err instanceof SeedCheckError ? err.message : err);
  process.exitCode = 1;
}
