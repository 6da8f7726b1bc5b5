import fs from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config.js';
import { provisionNeo4j } from '../neo4j/provision.js';
import { stopLocalServer } from '../neo4j/local-server.js';
import { ensureNeo4jJars } from '../neo4j/neo4j-jars.js';

/** `npm run neo4j -- install|start|stop|status|reset [instance]`: manage the local Neo4j by hand. */
const [command = 'status', instance = 'dev'] = process.argv.slice(2);
const config = loadConfig();
const log = (msg: string) => console.log(msg);

switch (command) {
  case 'install':
    console.log(`Neo4j jars are in ${ensureNeo4jJars(config.NEO4J_HOME, log)}`);
    break;
  case 'start': {
    const server = await provisionNeo4j(config, log, instance);
    console.log(`Neo4j is up at ${server.uri} (${server.via}); \`npm run neo4j -- stop\` stops it.`);
    break;
  }
  case 'stop':
    console.log((await stopLocalServer({ home: config.NEO4J_HOME, instance })) ? 'stopped' : 'no local Neo4j was running');
    break;
  case 'status': {
    const pidFile = path.join(config.NEO4J_HOME, 'instances', instance, 'neo4j.pid');
    console.log(fs.existsSync(pidFile) ? `pid file ${pidFile}: ${fs.readFileSync(pidFile, 'utf8').trim()}` : `no local Neo4j recorded for instance "${instance}"`);
    break;
  }
  case 'reset': {
    await stopLocalServer({ home: config.NEO4J_HOME, instance });
    fs.rmSync(path.join(config.NEO4J_HOME, 'instances', instance), { recursive: true, force: true });
    console.log(`deleted the local database of instance "${instance}"; the next start seeds a fresh one`);
    break;
  }
  default:
    console.error(`unknown command "${command}": use install, start, stop, status or reset`);
    process.exit(2);
}
