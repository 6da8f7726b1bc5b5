import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { MissingToolError } from './errors.js';

/** The Neo4j release assembled from Maven Central (5.26 LTS runs on Java 17). */
export const NEO4J_VERSION = '5.26.30';

const POM = `<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>evigraph.local</groupId>
  <artifactId>neo4j-community-server</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>${NEO4J_VERSION}</version>
    </dependency>
  </dependencies>
</project>
`;


/** True when `java -version` runs. */
export function hasJava(): boolean {
  return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;
}

/**
 * Returns the folder of Neo4j's jars under `home`, downloading them with Maven
 * the first time. A marker file makes a half-finished download count as absent.
 */
export function ensureNeo4jJars(home: string, log: (msg: string) => void): string {
  const libDir = path.join(home, `lib-${NEO4J_VERSION}`);
  const marker = path.join(libDir, '.complete');
  if (fs.existsSync(marker)) return libDir;
  if (spawnSync('mvn', ['-v'], { stdio: 'ignore' }).status !== 0) {
    throw new MissingToolError(
      'Maven (mvn) is needed once to fetch Neo4j from Maven Central: install it (apt-get install maven), or set NEO4J_URI to a running Neo4j.',
    );
  }
  const mavenDir = path.join(home, 'maven');
  fs.mkdirSync(mavenDir, { recursive: true });
  fs.writeFileSync(path.join(mavenDir, 'pom.xml'), POM);
  const staging = `${libDir}.partial`;
  fs.rmSync(staging, { recursive: true, force: true });
  log(`fetching Neo4j ${NEO4J_VERSION} from Maven Central (first start only)`);
  execFileSync(
    'mvn',
    ['-q', '-B', '-Dstyle.color=never', '-f', path.join(mavenDir, 'pom.xml'), 'dependency:copy-dependencies', `-DoutputDirectory=${path.resolve(staging)}`, '-DincludeScope=runtime'],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
  fs.rmSync(libDir, { recursive: true, force: true });
  fs.renameSync(staging, libDir);
  fs.writeFileSync(marker, new Date().toISOString());
  return libDir;
}
