import { describe, expect, it } from 'vitest';
import { parseDatasetJson } from './parse-dataset';

describe('parseDatasetJson', () => {
  it('drops a leading byte-order mark, so a file saved with one is read like any other', () => {
    const withMark = parseDatasetJson('\uFEFF{"schemaVersion": 1}');
    const without = parseDatasetJson('{"schemaVersion": 1}');
    expect(withMark).toEqual(without);
    expect(withMark.ok ? [] : withMark.problems.map((problem) => problem.message)).not.toContainEqual(expect.stringContaining('not valid JSON'));
  });

  it('still reports text that is not JSON', () => {
    expect(parseDatasetJson('{ "schemaVersion": ')).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('not valid JSON') }] });
  });
});
