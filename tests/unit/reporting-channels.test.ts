import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readersCountries } from '@/lib/countries';
import { ContentError } from '@/lib/guide-schema';
import { locales } from '@/lib/locales';
import {
  CHANNELS_DIR,
  INTERNATIONAL_FILE,
  anyCountryOptions,
  channelsFor,
  crisisLines,
  fallbackFor,
  getCountry,
  handles,
  internationalChannel,
  loadCountries,
  parseCountryFile,
  situationIds,
  situations,
  telHref,
} from '@/lib/reporting-channels';
import { siteUrl } from '@/lib/site';

// A small valid file; each broken case changes one thing in a fresh copy.
function validFile() {
  return {
    country: 'US',
    region: 'americas',
    status: 'confirmed',
    emergency: [{ number: '911' }],
    channels: [
      {
        id: 'cybertipline',
        name: 'CyberTipline',
        handles: ['abuse-material'],
        url: 'https://report.cybertip.org/',
        phones: [{ tel: '+18008435678', display: '1-800-843-5678' }],
        anonymous: 'yes',
        checkOfficialSite: false,
        verified: '2026-11-21',
        sources: [{ title: 'CyberTipline FAQs', url: 'https://report.cybertip.org/faqs' }],
      },
    ] as Record<string, any>[],
  };
}

const US_FILE = 'content/channels/us.yaml';

function errorOf(run: () => unknown): ContentError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return error as ContentError;
  }
  throw new Error('expected a ContentError, but the file was accepted');
}

const broken = (change: (data: ReturnType<typeof validFile>) => void, file = US_FILE) => {
  const data = validFile();
  change(data);
  return errorOf(() => parseCountryFile(file, stringify(data))).message;
};

const countries = loadCountries();
const files = fs.readdirSync(path.join(process.cwd(), CHANNELS_DIR)).filter((f) => f.endsWith('.yaml') && f !== INTERNATIONAL_FILE);

describe('the real channel files', () => {
  it('cover at least 60 countries, among them the first fifteen', () => {
    expect(countries.length).toBeGreaterThanOrEqual(60);
    const codes = countries.map((c) => c.country);
    for (const code of ['US', 'CA', 'GB', 'AU', 'IE', 'FR', 'DE', 'IT', 'ES', 'BR', 'AR', 'KR', 'PH', 'IN']) expect(codes).toContain(code);
  });

  it.each(files)('%s loads and matches its file name', (name) => {
    const source = fs.readFileSync(path.join(process.cwd(), CHANNELS_DIR, name), 'utf8');
    expect(`${parseCountryFile(`${CHANNELS_DIR}/${name}`, source).country.toLowerCase()}.yaml`).toBe(name);
  });

  it.each(locales)('every country where %s is read has a page', (locale) => {
    expect(readersCountries(locale).length).toBeGreaterThan(0);
  });

  it('cites no source a reader cannot open: never this site, a mirror or the research notes', () => {
    const all = [...countries.flatMap((c) => c.channels), internationalChannel('take-it-down'), internationalChannel('inhope')];
    for (const channel of all) {
      for (const source of channel.sources) {
        expect(new URL(source.url).host, channel.id).not.toBe(siteUrl.host);
        expect(source.title, channel.id).not.toMatch(/haven|reference|research/i);
      }
    }
  });

  it('writes every note in every locale', () => {
    for (const channel of countries.flatMap((c) => c.channels)) {
      if (channel.note) expect(Object.keys(channel.note).sort(), channel.id).toEqual([...locales].sort());
    }
  });

  it('every country × situation leads somewhere: a channel that takes it, or a police channel or child helpline, or the emergency number', () => {
    const deadEnds: string[] = [];
    for (const country of countries) {
      for (const situation of situationIds) {
        const ways = channelsFor(country.country, situation).length + fallbackFor(country.country).length + country.emergency.length;
        if (ways === 0) deadEnds.push(`${country.country} ${situation}`);
      }
    }
    expect(deadEnds).toEqual([]);
  });

  it('tags channels as truthfully as their own pages: CEOP takes sextortion and grooming, with its exclusions', () => {
    const ceop = getCountry('GB')!.channels.find((c) => c.id === 'ceop')!;
    expect(ceop.handles).toEqual(expect.arrayContaining(['grooming', 'sextortion']));
    expect(ceop.excludes).toEqual(expect.arrayContaining(['bullying', 'fake-accounts', 'hacking', 'over-18']));
    expect(channelsFor('GB', 'images-shared').map((c) => c.id)).toContain('iwf');
    expect(channelsFor('US', 'images-shared').map((c) => c.id)).toContain('cybertipline');
    for (const country of ['GB', 'FR', 'BR', 'US', 'CA', 'AU']) expect(channelsFor(country, 'sextortion'), country).not.toEqual([]);
  });

  it('has the crisis lines the references confirm', () => {
    const tels = (code: string) => crisisLines(code).flatMap((c) => c.phones.map((p) => p.tel));
    expect(tels('US')).toContain('988');
    expect(tels('CA')).toContain('988');
    expect(tels('GB')).toContain('116123');
    expect(tels('IE')).toContain('116123');
    expect(tels('AU')).toContain('131114');
  });

  it('lists a country\'s child helpline before a channel that needs an ID or is not anonymous', () => {
    for (const country of countries) {
      const risky = country.channels.findIndex((c) => c.needsId || c.anonymous === 'no');
      const helpline = country.channels.findIndex((c) => c.handles.includes('child-helpline'));
      if (risky >= 0 && helpline >= 0) expect(helpline, country.country).toBeLessThan(risky);
    }
  });

  it('the options for any country exist', () => {
    for (const ids of Object.values(anyCountryOptions)) for (const id of ids) expect(internationalChannel(id).url).toMatch(/^https:/);
  });
});

describe('situations', () => {
  it('map the six choices onto known handles', () => {
    expect(situationIds).toHaveLength(6);
    for (const id of situationIds) for (const h of situations[id]) expect(handles).toContain(h);
  });

  it('find nothing for an unknown country', () => {
    expect(channelsFor('ZZ', 'sextortion')).toEqual([]);
  });
});

describe('broken files name the file and the field', () => {
  it('accepts the valid base file (so the failures below are caused by the one change)', () => {
    expect(parseCountryFile(US_FILE, stringify(validFile())).channels[0].id).toBe('cybertipline');
  });

  it('rejects a source without an address', () => {
    expect(broken((d) => delete d.channels[0].sources[0].url)).toMatch(/^content\/channels\/us\.yaml: field "channels\.0\.sources\.0\.url"/);
  });

  it('rejects a channel with no source at all', () => {
    expect(broken((d) => (d.channels[0].sources = []))).toContain('field "channels.0.sources": needs at least one public page');
  });

  it('rejects a source that is this site, a proxy or the research notes', () => {
    expect(broken((d) => (d.channels[0].sources[0].title = 'Haven reporting-channel reference'))).toContain('field "channels.0.sources.0.title"');
    expect(broken((d) => (d.channels[0].sources[0].url = 'http://webproxy.example.com/?q=x'))).toContain('field "channels.0.sources.0.url"');
  });

  it('rejects a phone that is not E.164', () => {
    expect(broken((d) => (d.channels[0].phones[0].tel = '1-800-843-5678'))).toContain(
      `${US_FILE}: field "channels.0.phones.0.tel": must be an international number in E.164 form`,
    );
  });

  it('rejects a written number that differs from the E.164 one', () => {
    expect(broken((d) => (d.channels[0].phones[0].display = '1-800-843-5679'))).toContain('field "channels.0.phones.0.display"');
  });

  it('rejects an unknown situation tag', () => {
    expect(broken((d) => (d.channels[0].handles = ['bullying']))).toContain('field "channels.0.handles.0"');
  });

  it('rejects a country code that is not ISO 3166-1', () => {
    for (const code of ['EU', 'XK', 'ZZ', 'us']) {
      expect(broken((d) => (d.country = code), `content/channels/${code.toLowerCase()}.yaml`), code).toContain(
        'field "country": must be an ISO 3166-1 alpha-2 country code',
      );
    }
  });

  it('rejects a note missing a locale', () => {
    expect(broken((d) => (d.channels[0].note = { en: 'Only English.' }))).toContain('field "channels.0.note.fr"');
  });

  it('rejects a missing verified date', () => {
    expect(broken((d) => delete d.channels[0].verified)).toContain(`${US_FILE}: field "channels.0.verified"`);
  });

  it('rejects a country that does not match the file name', () => {
    const message = errorOf(() => parseCountryFile('content/channels/ca.yaml', stringify(validFile()))).message;
    expect(message).toBe('content/channels/ca.yaml: field "country": "US" does not match the file name ca.yaml');
  });

  it('rejects a repeated id and a channel with no way to reach it', () => {
    const message = broken((d) => d.channels.push({ ...d.channels[0], url: undefined, phones: [] }));
    expect(message).toContain('field "channels.1.id": "cybertipline" is used twice');
    expect(message).toContain('field "channels.1.url": a channel needs a web address or a phone number');
  });

  it('rejects an unquoted emergency number, which YAML would turn into a number', () => {
    const source = stringify(validFile()).replace('number: "911"', 'number: 911');
    expect(source).toContain('number: 911');
    expect(errorOf(() => parseCountryFile(US_FILE, source)).message).toContain('field "emergency.0.number"');
  });

  it('telHref refuses something that is not a number', () => {
    expect(telHref('3018')).toBe('tel:3018');
    expect(() => telHref('1-800-843-5678')).toThrow();
  });
});
