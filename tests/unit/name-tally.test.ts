import { describe, expect, it } from 'vitest';
import { NameTally } from '../../src/lib/name-tally.ts';

describe('NameTally', () => {
  it('keeps words capitalised mid-sentence, by the number of pages that write them', () => {
    const tally = new NameTally();
    tally.add('Pressure from Washington. The summit met in Samarkand, on 4 April, as Tashkent hoped.');
    tally.add('Leaders flew to (Samarkand) from Brussels. However, nothing was signed.');
    expect(tally.names()).toEqual(['Samarkand', 'April', 'Brussels', 'Tashkent', 'Washington']);
  });

  it('leaves out sentence openers, abbreviations, short words and words the text also writes small', () => {
    const tally = new NameTally();
    tally.add('Finland Responds to Security Threats. However, security matters to the EU and to Oslo.');
    // A heading in title case gives words the text never writes small: harmless, since a name is
    // only offered for a word no page holds.
    expect(tally.names()).toEqual(['Oslo', 'Responds', 'Threats']);
  });

  it('keeps at most the number asked for, the most written first', () => {
    const tally = new NameTally();
    tally.add('in Astana and Bishkek');
    tally.add('in Bishkek');
    expect(tally.names(1)).toEqual(['Bishkek']);
  });
});
