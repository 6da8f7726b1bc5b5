import { describe, expect, test } from 'vitest';
import { GraphQLError } from 'graphql';
import { createLog } from '../../server/src/log.js';
import { yogaLogger } from '../../server/src/errors/yoga-logger.js';

describe('yogaLogger', () => {
  const capture = () => {
    const lines: Array<Record<string, unknown>> = [];
    return { lines, logger: yogaLogger(createLog('info', (l) => lines.push(JSON.parse(l)))) };
  };

  test('a client error is logged at info as its code, path and field, without the value it carried', () => {
    const { lines, logger } = capture();
    const huge = 'x'.repeat(100_000);
    logger.error(new GraphQLError(`id "${huge}" is too long`, { path: ['node'], extensions: { code: 'BAD_USER_INPUT', field: 'id' } }));
    expect(lines).toEqual([expect.objectContaining({ level: 'info', msg: 'client error', code: 'BAD_USER_INPUT', path: 'node', field: 'id' })]);
    expect(JSON.stringify(lines)).not.toContain('xxxxxxxxxx');
  });

  test('an unexpected error stays an error, cut to a bounded size', () => {
    const { lines, logger } = capture();
    logger.error(new Error('boom '.repeat(10_000)));
    expect(lines[0]).toMatchObject({ level: 'error' });
    expect(JSON.stringify(lines[0]).length).toBeLessThan(10_000);
  });
});
