import { describe, expect, test } from 'vitest';
import { ConfigError, curatorsOf, describeConfig, loadConfig } from '../../server/src/config.js';

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
    const token = 'tok-123-long-enough-to-pass-the-rule';
    const shown = describeConfig(loadConfig({ NEO4J_PASSWORD: 'super-secret-pw', EVIGRAPH_WRITE_TOKEN: token, EVIGRAPH_WRITE_TOKENS: `alice:${token}-a` }));
    expect(JSON.stringify(shown)).not.toMatch(/super-secret-pw|tok-123/);
    expect(shown).toMatchObject({ NEO4J_PASSWORD: 'set', EVIGRAPH_WRITE_TOKEN: 'set', EVIGRAPH_WRITE_TOKENS: ['alice'] });
  });

  test.each([
    ['a short token', { EVIGRAPH_WRITE_TOKEN: 'a' }, /EVIGRAPH_WRITE_TOKEN: must be at least 24 characters/],
    ['a token with a space', { EVIGRAPH_WRITE_TOKEN: 'a token with spaces in it, long' }, /EVIGRAPH_WRITE_TOKEN: .*no whitespace/],
    ['a named token that is short', { EVIGRAPH_WRITE_TOKENS: 'alice:short' }, /EVIGRAPH_WRITE_TOKENS: the token of "alice"/],
    ['an entry without a name', { EVIGRAPH_WRITE_TOKENS: `${'x'.repeat(30)}` }, /EVIGRAPH_WRITE_TOKENS: entry 1 must be name:token/],
    ['a name listed twice', { EVIGRAPH_WRITE_TOKENS: `bob:${'x'.repeat(30)},bob:${'y'.repeat(30)}` }, /"bob" is listed twice/],
  ])('refuses %s at start, naming the variable', (_, env, message) => {
    expect(() => loadConfig(env)).toThrowError(message);
  });

  test('reads named tokens beside the single one', () => {
    const c = loadConfig({ EVIGRAPH_WRITE_TOKEN: 'c'.repeat(24), EVIGRAPH_WRITE_TOKENS: `alice:${'a'.repeat(24)}, bob:${'b'.repeat(24)}` });
    expect(curatorsOf(c).map((x) => x.name)).toEqual(['alice', 'bob', 'curator']);
  });
});
