import { createElement } from 'react';
import { describe, expect, it } from 'vitest';
import { ChannelCard } from '@/components/report/ChannelCard';
import { EmergencyNumbers } from '@/components/report/EmergencyNumbers';
import { readersCountries } from '@/lib/countries';
import { getCountry, loadCountries } from '@/lib/channels/directory';
import { telHref } from '@/lib/channels/names';
import { renderHtml as html } from '@/scripts/component-catalogue';
import { inScenario, runScript, treeWith } from './scenario';

// A directory of one country (Canada, with the options that work from anywhere): copies of this project's own
// files, so the data stays real. What renders from it, and what fails, naming the file, when a locale's country
// has no file.

let tree = '';
inScenario(() => (tree = treeWith(['content/channels/ca.yaml', 'content/channels/international.yaml'])), { remove: true });

describe('a directory of one country', () => {
  it('the loader reads that country alone', () => {
    expect(loadCountries().map((c) => c.country)).toEqual(['CA']);
  });

  it('Canada renders in English and French: its emergency number and every channel, each call line a tel: link', async () => {
    const canada = getCountry('CA')!;
    for (const locale of ['en', 'fr'] as const) {
      const numbers = await html(createElement(EmergencyNumbers, { locale, country: canada }));
      for (const { number } of canada.emergency) expect(numbers).toContain(`href="${telHref(number)}"`);
      for (const channel of canada.channels) {
        const card = await html(createElement(ChannelCard, { locale, channel }));
        expect(card).toContain(channel.name);
        for (const phone of channel.phones ?? []) {
          if (phone.via === 'call') expect(card).toContain(`href="${telHref(phone.tel!)}"`);
        }
      }
    }
  });

  it('a locale read in a country with no file fails, naming the locale, the country and the missing file', () => {
    expect(() => readersCountries('fr')).toThrow('lib/locales.ts: fr is read in FR, which has no content/channels/fr.yaml');
  });

  it('npm run check:channels prints the one country and passes', async () => {
    const { code, output } = await runScript('scripts/check-channels.ts', [], tree);
    expect(code, output).toBe(0);
    expect(output).toMatch(/^CA\s/m);
  });
});
