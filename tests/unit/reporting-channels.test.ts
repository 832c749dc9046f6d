import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ContentError } from '@/lib/guide-schema';
import { channelsFor } from '@/lib/channels/directory';
import { telHref } from '@/lib/channels/names';
import { parseCountryFile } from '@/lib/channels/schema';

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

// The real directory is checked by `npm run check:channels` (scripts/check-channels.ts), which loads every file through
// the schema below, and by the build; these tests give the code small files of their own.

describe('situations', () => {
  it('find nothing for an unknown country', () => {
    expect(channelsFor('ZZ', 'sextortion')).toEqual([]);
  });
});

describe('a valid file', () => {
  it('lists the child helpline before a channel that needs an ID or is not anonymous, whatever the file\'s order', () => {
    const data = validFile();
    const police = { ...data.channels[0], id: 'police', name: 'Police', handles: ['police'], anonymous: 'no' };
    const helpline = { ...data.channels[0], id: 'helpline', name: 'Child helpline', handles: ['child-helpline'] };
    data.channels = [data.channels[0], police, helpline];
    expect(parseCountryFile(US_FILE, stringify(data)).channels.map((c) => c.id)).toEqual(['helpline', 'cybertipline', 'police']);
    // Without a channel that needs an ID or a name, the file's order stands.
    data.channels = [data.channels[0], { ...police, anonymous: 'yes' }, helpline];
    expect(parseCountryFile(US_FILE, stringify(data)).channels.map((c) => c.id)).toEqual(['cybertipline', 'police', 'helpline']);
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
    expect(broken((d) => (d.channels[0].sources[0].title = 'Reporting channels: research notes'))).toContain(
      'field "channels.0.sources.0.title": must be the public page, not Haven itself or its research notes',
    );
    expect(broken((d) => (d.channels[0].sources[0].url = 'https://haven.example/en/report/us'))).toContain('field "channels.0.sources.0.url"');
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
