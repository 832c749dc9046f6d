import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { CrisisLines } from '@/components/report/CrisisLines';
import { readersCountries } from '@/lib/countries';
import { locales } from '@/lib/locales';
import { crisisLines, loadCountries } from '@/lib/channels/directory';
import { telHref } from '@/lib/channels/names';
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

describe('a country with no crisis line', () => {
  it('shows its child helpline in the crisis box, not only the emergency number (Indonesia, Lebanon, Peru and Taiwan showed only the police)', async () => {
    const onlyEmergency: string[] = [];
    for (const country of loadCountries()) {
      const lines = [...crisisLines(country.country), ...country.channels.filter((c) => c.handles.includes('child-helpline'))].filter((c) => c.phones.some((p) => p.tel));
      if (lines.length === 0) continue;
      const html = await render(createElement(CrisisLines, { locale: 'en', countries: [{ ...country, name: country.country }] }));
      if (!lines.some((c) => c.phones.some((p) => p.tel && html.includes(`href="${telHref(p.tel)}"`)))) onlyEmergency.push(country.country);
    }
    expect(onlyEmergency).toEqual([]);
    for (const code of ['ID', 'LB', 'PE', 'TW']) {
      const country = loadCountries().find((c) => c.country === code)!;
      const html = await render(createElement(CrisisLines, { locale: 'en', countries: [{ ...country, name: code }] }));
      const emergency = country.emergency.map((e) => `href="tel:${e.number}"`);
      const tels = [...html.matchAll(/href="tel:[^"]+"/g)].map((m) => m[0]);
      expect(tels.some((t) => !emergency.includes(t)), code).toBe(true);
    }
  });
});
