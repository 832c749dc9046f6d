import { describe, expect, it } from 'vitest';
import { guideSlugs } from '@/lib/content';
import { sourceSchema } from '@/lib/guide-schema';
import { disclosureGuide, disclosureSources, shareMoments } from '@/lib/schools';

describe('the schools page recommendations', () => {
  it('name only guides that exist, each once a moment', () => {
    const slugs = guideSlugs();
    for (const moment of shareMoments) {
      expect(moment.slugs.length, moment.id).toBeGreaterThan(0);
      expect(moment.slugs.filter((slug) => !slugs.includes(slug)), moment.id).toEqual([]);
      expect(new Set(moment.slugs).size, moment.id).toBe(moment.slugs.length);
    }
    expect(slugs).toContain(disclosureGuide);
  });

  it('give each moment its own id', () => {
    expect(new Set(shareMoments.map((m) => m.id)).size).toBe(shareMoments.length);
  });

  it('cite valid sources for the disclosure advice', () => {
    expect(disclosureSources.length).toBeGreaterThan(0);
    for (const source of disclosureSources) expect(sourceSchema.safeParse(source).success, source.title).toBe(true);
  });
});
