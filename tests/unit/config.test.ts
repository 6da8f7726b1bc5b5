import { describe, expect, test } from 'vitest';
import { ConfigError, describeConfig, loadConfig } from '../../server/src/config.js';

describe('loadConfig', () => {
  test('gives defaults that work out of the box', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 4000, HOST: '127.0.0.1', NEO4J_USER: 'neo4j', NEO4J_DATABASE: 'neo4j', SEED_ON_START: true });
    expect(c.NEO4J_URI).toBeUndefined();
    expect(Object.isFrozen(c)).toBe(true);
  });

  test('reads PORT and NEO4J_URI', () => {
    const c = loadConfig({ PORT: '4321', NEO4J_URI: 'neo4j+s://example.databases.neo4j.io' });
    expect(c.PORT).toBe(4321);
    expect(c.NEO4J_URI).toBe('neo4j+s://example.databases.neo4j.io');
  });

  test('names every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'abc', NEO4J_URI: 'http://x', NEO4J_PASSWORD: 'short' })).toThrowError(ConfigError);
    try {
      loadConfig({ PORT: 'abc', NEO4J_URI: 'http://x', NEO4J_PASSWORD: 'short' });
    } catch (err) {
      const msg = (err as Error).message;
      for (const name of ['PORT', 'NEO4J_URI', 'NEO4J_PASSWORD']) expect(msg).toContain(name);
    }
  });

  test('never shows the password or token when described for logs', () => {
    const shown = describeConfig(loadConfig({ NEO4J_PASSWORD: 'super-secret-pw', EVIGRAPH_WRITE_TOKEN: 'tok-123' }));
    expect(JSON.stringify(shown)).not.toMatch(/super-secret-pw|tok-123/);
    expect(shown).toMatchObject({ NEO4J_PASSWORD: 'set', EVIGRAPH_WRITE_TOKEN: 'set' });
  });
});
