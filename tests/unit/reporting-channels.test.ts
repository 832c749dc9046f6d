import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { ContentError } from '@/lib/guide-schema';
import {
  CHANNELS_DIR,
  channelsFor,
  formatPhone,
  getCountry,
  handles,
  loadCountries,
  parseCountryFile,
  situationIds,
  situations,
  telHref,
} from '@/lib/reporting-channels';

// A small valid file; each broken case changes one thing in a fresh copy.
function validFile() {
  return {
    country: 'US',
    emergency: [{ number: '911' }],
    channels: [
      {
        id: 'cybertipline',
        name: 'CyberTipline',
        handles: ['abuse-material'],
        url: 'https://report.cybertip.org/',
        phone: '+18008435678',
        phoneDisplay: '1-800-843-5678',
        anonymous: 'yes',
        ages: 'unknown',
        checkOfficialSite: false,
        verified: '2026-11-21',
        source: { title: 'CyberTipline FAQs', url: 'https://report.cybertip.org/faqs' },
      },
    ] as Record<string, unknown>[],
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

describe('the real channel files', () => {
  const files = fs.readdirSync(path.join(process.cwd(), CHANNELS_DIR)).filter((f) => f.endsWith('.yaml'));

  it('has at least 15 files, the 14 countries of the reference plus EU', () => {
    expect(files.length).toBeGreaterThanOrEqual(15);
    const codes = loadCountries().map((c) => c.country);
    for (const code of ['US', 'CA', 'GB', 'AU', 'IE', 'FR', 'DE', 'IT', 'ES', 'BR', 'AR', 'KR', 'PH', 'IN', 'EU']) {
      expect(codes).toContain(code);
    }
  });

  it.each(files)('%s loads and matches its file name', (name) => {
    const source = fs.readFileSync(path.join(process.cwd(), CHANNELS_DIR, name), 'utf8');
    const country = parseCountryFile(`${CHANNELS_DIR}/${name}`, source);
    expect(`${country.country.toLowerCase()}.yaml`).toBe(name);
  });

  it('returns the countries sorted by code, from a cache', () => {
    const codes = loadCountries().map((c) => c.country);
    expect(codes).toEqual([...codes].sort());
    expect(loadCountries()).toBe(loadCountries());
  });

  it('US has the CyberTipline at https://report.cybertip.org/ with 1-800-843-5678 displayed', () => {
    const tipline = getCountry('US')?.channels.find((c) => c.name === 'CyberTipline');
    expect(tipline?.url).toBe('https://report.cybertip.org/');
    expect(tipline?.phone).toBe('+18008435678');
    expect(formatPhone(tipline!.phone!, 'US')).toBe('1-800-843-5678');
    expect(telHref(tipline!.phone!)).toBe('tel:+18008435678');
  });

  it('CA has Cybertip.ca, locally Cyberaide.ca at https://www.cyberaide.ca/', () => {
    const cybertip = getCountry('ca')?.channels.find((c) => c.name === 'Cybertip.ca');
    expect(cybertip?.localName).toBe('Cyberaide.ca');
    expect(cybertip?.localUrl).toBe('https://www.cyberaide.ca/');
    expect(formatPhone(cybertip!.phone!, 'CA')).toBe('1-866-658-9022');
  });

  it('shows GB and AU numbers the way the reference writes them', () => {
    expect(formatPhone('+448088005000', 'GB')).toBe('0808 800 5000');
    expect(formatPhone('+611800333000', 'AU')).toBe('1800 333 000');
    // A number that is not in the data is not guessed at.
    expect(formatPhone('+15555550100', 'US')).toBe('+15555550100');
  });

  it('leaves out what the reference marks UNCONFIRMED', () => {
    expect(getCountry('DE')?.emergency.map((e) => e.number)).toEqual(['112']);
    expect(getCountry('ES')?.channels.map((c) => c.id)).toEqual(['incibe-017']);
    expect(getCountry('BR')?.channels.find((c) => c.id === 'safernet')).toMatchObject({
      url: 'https://new.safernet.org.br/',
      checkOfficialSite: true,
    });
  });
});

describe('situations', () => {
  it('maps the six choices onto known handles', () => {
    expect(situationIds).toHaveLength(6);
    for (const id of situationIds) for (const h of situations[id]) expect(handles).toContain(h);
    expect(situations['child-told-me']).toEqual(['support', 'grooming']);
  });

  it('finds the channels for a situation', () => {
    expect(channelsFor('US', 'sextortion').map((c) => c.id)).toEqual(['cybertipline', 'fbi']);
    expect(channelsFor('US', 'images-shared').map((c) => c.id)).toEqual(['take-it-down']);
    expect(channelsFor('GB', 'child-told-me').map((c) => c.id)).toEqual(['ceop', 'nspcc-helpline']);
    expect(channelsFor('ZZ', 'sextortion')).toEqual([]);
  });
});

describe('broken files name the file and the field', () => {
  it('accepts the valid base file (so the failures below are caused by the one change)', () => {
    expect(parseCountryFile(US_FILE, stringify(validFile())).channels[0].id).toBe('cybertipline');
  });

  it('rejects an http:// address', () => {
    const data = validFile();
    data.channels[0].url = 'http://report.cybertip.org/';
    const error = errorOf(() => parseCountryFile(US_FILE, stringify(data)));
    expect(error.message).toMatch(/^content\/channels\/us\.yaml: field "channels\.0\.url": must be a full https:\/\/ address/);
  });

  it('rejects a phone that is not E.164', () => {
    const data = validFile();
    data.channels[0].phone = '1-800-843-5678';
    const error = errorOf(() => parseCountryFile(US_FILE, stringify(data)));
    expect(error.message).toContain(`${US_FILE}: field "channels.0.phone": must be an international number in E.164 form`);
  });

  it('rejects a written number that differs from the E.164 one', () => {
    const data = validFile();
    data.channels[0].phoneDisplay = '1-800-843-5679';
    const error = errorOf(() => parseCountryFile(US_FILE, stringify(data)));
    expect(error.message).toContain('field "channels.0.phoneDisplay"');
  });

  it('rejects a missing verified date', () => {
    const data = validFile();
    delete data.channels[0].verified;
    const error = errorOf(() => parseCountryFile(US_FILE, stringify(data)));
    expect(error.message).toContain(`${US_FILE}: field "channels.0.verified"`);
  });

  it('rejects a country that does not match the file name', () => {
    const error = errorOf(() => parseCountryFile('content/channels/ca.yaml', stringify(validFile())));
    expect(error.message).toBe('content/channels/ca.yaml: field "country": "US" does not match the file name ca.yaml');
  });

  it('rejects a lower-case country code', () => {
    const data = { ...validFile(), country: 'us' };
    expect(errorOf(() => parseCountryFile(US_FILE, stringify(data))).message).toContain('field "country"');
  });

  it('rejects both a phone and a short code, and a repeated id', () => {
    const data = validFile();
    data.channels[0].shortCode = '3018';
    data.channels.push({ ...data.channels[0], shortCode: undefined });
    const message = errorOf(() => parseCountryFile(US_FILE, stringify(data))).message;
    expect(message).toContain('field "channels.0.shortCode": give either phone or shortCode');
    expect(message).toContain('field "channels.1.id": "cybertipline" is used twice');
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
