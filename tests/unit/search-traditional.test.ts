import { describe, it, expect } from 'vitest';
import { Converter } from 'opencc-js/cn2t';
import { traditionalForms, traditionalIn } from '../../src/lib/search/traditional.ts';

describe('traditionalForms', () => {
  const converters = [Converter({ from: 'cn', to: 'tw' }), Converter({ from: 'cn', to: 'hk' })];
  const forms = traditionalForms('张江集成电路科创板 G60，示范区', converters);

  it('lists the Traditional forms of the site’s characters that differ from them', () => {
    for (const ch of '張電創範區') expect(forms).toContain(ch);
  });

  it('leaves out characters written the same in both, and anything not Han', () => {
    for (const ch of '江集成路科板示G6，') expect(forms).not.toContain(ch);
  });

  it('finds the Traditional characters of a query, and none in a Simplified one', () => {
    expect(traditionalIn('集成電路', forms)).toEqual(['電']);
    expect(traditionalIn('張江 科創板', forms)).toEqual(['張', '創']);
    expect(traditionalIn('熊猫', forms)).toEqual([]);
  });
});
