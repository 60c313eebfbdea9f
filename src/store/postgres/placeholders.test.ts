import { describe, expect, it } from 'vitest';
import { numberPlaceholders } from './placeholders.ts';

describe('numberPlaceholders', () => {
  it.each([
    ['SELECT 1', 'SELECT 1'],
    ['a = ? AND b = ?', 'a = $1 AND b = $2'],
    ["x LIKE ? ESCAPE '\\'", "x LIKE $1 ESCAPE '\\'"],
    ["'what?' = ?", "'what?' = $1"],
    ['"odd?name" = ?', '"odd?name" = $1'],
    ["'it''s?' || ?", "'it''s?' || $1"],
  ])('%s', (sql, expected) => {
    expect(numberPlaceholders(sql)).toBe(expected);
  });
});
