import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { readersCountries } from '@/lib/countries';
import { ContentError } from '@/lib/guide-schema';
import { locales } from '@/lib/locales';
import { answerFor, channelsFor, crisisLines, getCountry, internationalChannel, loadCountries } from '@/lib/channels/directory';
import { telHref } from '@/lib/channels/names';
import { CHANNELS_DIR, INTERNATIONAL_FILE, parseCountryFile, sourceStrength } from '@/lib/channels/schema';
import { anyCountryOptions, handles, situationIds, situations } from '@/lib/channels/situations';
import { phoneProblem } from '@/lib/phone-plan';
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
        sources: [{ title: 'CyberTipline FAQs', url: 'https://report.cybertip.org/faqs', kind: 'operator' }] as Record<string, any>[],
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

  it('every country × situation names a first channel, or the emergency number, and never says "none" above one that takes it', () => {
    const problems: string[] = [];
    for (const country of countries) {
      for (const situation of situationIds) {
        const answer = answerFor(country.country, situation);
        const where = `${country.country} ${situation}`;
        const listed = [answer.first, ...answer.others].filter((c) => c !== undefined);
        const takes = channelsFor(country.country, situation);
        if (!answer.first && country.emergency.length === 0) problems.push(`${where}: dead end`);
        if (answer.confirmed !== takes.length > 0) problems.push(`${where}: confirmed is ${answer.confirmed} with ${takes.length} channels that take it`);
        if (!answer.confirmed && listed.some((c) => takes.includes(c))) problems.push(`${where}: "could not confirm" above a channel that takes it`);
        if (answer.confirmed && listed.length !== takes.length) problems.push(`${where}: lists ${listed.length} of ${takes.length}`);
        if (answer.first && answer.reasons.length === 0) problems.push(`${where}: no reason given for ${answer.first.id}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('every tel: number is in its country\'s numbering plan and every channel rests on an official source or two', () => {
    // The schema checks this as it loads each file (the broken files below); here, the loaded directory as a whole.
    const problems: string[] = [];
    for (const country of countries) {
      for (const channel of country.channels) {
        for (const phone of channel.phones) {
          const problem = phoneProblem(phone, country.country);
          if (problem) problems.push(`${country.country} ${channel.id}: ${problem.message}`);
        }
        const strength = sourceStrength(channel.sources);
        if (strength === 'weak' || (strength === 'corroborated' && !channel.checkOfficialSite)) problems.push(`${country.country} ${channel.id}: ${strength}`);
      }
    }
    expect(problems).toEqual([]);
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

  it('rejects a number that breaks its country\'s numbering plan, and a number of another country', () => {
    expect(broken((d) => (d.channels[0].phones[0] = { tel: '+1800843567', display: '1-800-843-567' }))).toContain(
      `${US_FILE}: field "channels.0.phones.0.tel": "+1800843567" is not a valid number`,
    );
    // A dead 7-digit Manila number (Manila moved to 8 digits in 2019), in the Philippines' file.
    const manila = errorOf(() =>
      parseCountryFile(
        'content/channels/ph.yaml',
        stringify({ ...validFile(), country: 'PH', region: 'asia-pacific', channels: [{ ...validFile().channels[0], phones: [{ tel: '+6327230401', display: '(02) 723-0401' }] }] }),
      ),
    ).message;
    expect(manila).toContain('content/channels/ph.yaml: field "channels.0.phones.0.tel": "+6327230401" is not a valid number in PH\'s numbering plan');
    expect(broken((d) => (d.channels[0].phones[0] = { tel: '+448088005000', display: '0808 800 5000' }))).toContain(
      'field "channels.0.phones.0.tel": "+448088005000" is a number of GB, not US',
    );
    expect(broken((d) => (d.channels[0].phones[0] = { via: 'whatsapp', display: '555 12' }))).toContain('field "channels.0.phones.0.display"');
  });

  it('rejects a source without its kind, a repost, and a channel on one weak source', () => {
    expect(broken((d) => delete d.channels[0].sources[0].kind)).toContain(`${US_FILE}: field "channels.0.sources.0.kind": must say what the source is`);
    expect(broken((d) => (d.channels[0].sources[0].publisher = 'daily8 (repost of CNA)'))).toContain(
      'field "channels.0.sources.0.publisher": "daily8 (repost of CNA)" is a copy of another page',
    );
    expect(broken((d) => (d.channels[0].sources[0].kind = 'news'))).toContain(
      'field "channels.0.sources": need an "operator" or "government" source, or two independent sources',
    );
  });

  it('takes two independent secondary sources only with "check the official site"', () => {
    const two = (d: ReturnType<typeof validFile>) =>
      (d.channels[0].sources = [
        { title: 'A news story', url: 'https://news.example.org/a', kind: 'news', publisher: 'Example News' },
        { title: 'A directory', url: 'https://helplines.example.net/us', kind: 'ngo-directory', publisher: 'Example Directory' },
      ]);
    expect(broken(two)).toContain('field "channels.0.checkOfficialSite": must be true');
    const sameSite = (d: ReturnType<typeof validFile>) => {
      two(d);
      d.channels[0].sources[1].url = 'https://news.example.org/b';
      d.channels[0].checkOfficialSite = true;
    };
    expect(broken(sameSite)).toContain('field "channels.0.sources": need an "operator" or "government" source');
    const data = validFile();
    two(data);
    data.channels[0].checkOfficialSite = true;
    expect(parseCountryFile(US_FILE, stringify(data)).channels[0].checkOfficialSite).toBe(true);
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
