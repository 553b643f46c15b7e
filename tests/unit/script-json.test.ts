import { describe, expect, it } from 'vitest';
import { scriptJson } from '../../src/lib/script-json.ts';

describe('scriptJson', () => {
  it('prints no "<", so no value can close or comment out its script element, and reads back unchanged', () => {
    const value = { title: '</script><script>alert(1)</script>', note: '<!-- 张江 -->', n: [1, 2.5], nested: { a: '<b>' } };
    const text = scriptJson(value);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(value);
  });
});
