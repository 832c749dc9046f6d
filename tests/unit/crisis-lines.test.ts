import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { CrisisLines } from '@/components/report/CrisisLines';
import { readersCountries } from '@/lib/countries';
import { locales } from '@/lib/locales';
import { renderHtml as render } from '@/scripts/component-catalogue';

// Guides say "you can also call a crisis line:" and the young people's page "these lines are for you:" just before
// <CrisisLines /> and <Helplines />: each country where a locale is read must then get a number to call.

describe.each(locales)('in %s', (locale) => {
  it.each([false, true])('every country of the readers gets a number to call (for young people: %s)', async (forYoungPeople) => {
    const silent: string[] = [];
    for (const country of readersCountries(locale)) {
      const html = await render(createElement(CrisisLines, { locale, countries: [country], forYoungPeople }));
      if (!/href="tel:/.test(html)) silent.push(country.country);
    }
    expect(silent).toEqual([]);
  });
});
