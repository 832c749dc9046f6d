import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '@/lib/guide-schema';
import { analyse, englishSyllableCount, frenchSyllableCount, portugueseSyllableCount, spanishSyllableCount } from '@/lib/checks/readability/counting';
import { extractBlocks } from '@/lib/checks/readability/extract';
import { fernandezHuerta, fleschKincaidGrade, fleschPortuguese, kandelMoles, readabilityFormulas } from '@/lib/checks/readability/formulas';
import { parseBannedTerms, scanTerminology, type TerminologyRule } from '@/lib/checks/readability/terminology';
import { bodyLineOffset } from '@/lib/guide-schema';

const counts = (mdx: string, locale: 'en' | 'fr' | 'es' | 'pt' | 'ar') => {
  const s = analyse(extractBlocks(mdx), locale);
  return { words: s.words, sentences: s.sentences, syllables: s.syllables ?? 0 };
};

describe('English: Flesch-Kincaid grade', () => {
  // By hand: heading "Children online" = 2 words, 4 syllables, 1 sentence (no full stop, still a sentence).
  // "Children(2) often(2) play(1) games(1) on(1) tablets(2)." = 6 words, 9 syllables.
  // "Talk(1) to(1) your(1) child(1) about(2) apps(1)." = 6 words, 7 syllables.
  // Total 14 words, 3 sentences, 20 syllables: 0.39 * 14/3 + 11.8 * 20/14 - 15.59 = 1.82 + 16.857 - 15.59 = 3.087.
  // (Had the heading been merged into the paragraph: 2 sentences, 0.39 * 7 + 16.857 - 15.59 = 3.997.)
  const text = '## Children online\n\nChildren often play games on tablets. Talk to your child about apps.\n';

  it('counts words, sentence-units and syllables', () => {
    expect(counts(text, 'en')).toEqual({ words: 14, sentences: 3, syllables: 20 });
  });

  it('gives the grade computed by hand', () => {
    expect(fleschKincaidGrade(counts(text, 'en'))).toBeCloseTo(3.087, 2);
    expect(readabilityFormulas.en.score!(counts(text, 'en'))).toBeCloseTo(3.087, 2);
  });

  it('flags a hard English text', () => {
    expect(readabilityFormulas.en.isHard!(8.01)).toBe(true);
    expect(readabilityFormulas.en.isHard!(8)).toBe(false);
    expect(englishSyllableCount('112')).toBe(1); // numbers count one syllable, not zero
  });
});

describe('Spanish: Fernández Huerta', () => {
  it('counts Spanish syllables with hiatus and diphthongs', () => {
    const cases: Record<string, number> = { aéreo: 4, país: 2, ciudad: 2, hoy: 1, y: 1, ahora: 3, que: 1, policía: 4 };
    for (const [word, n] of Object.entries(cases)) expect([word, spanishSyllableCount(word)]).toEqual([word, n]);
  });

  it('scores a small text', () => {
    // El(1) niño(2) juega(2) en(1) casa(2) = 5 words, 8 syllables; La(1) policía(4) ayuda(3) = 3 words, 8 syllables.
    // P = 100 * 16/8 = 200, F = 100 * 2/8 = 25: 206.84 - 0.60 * 200 - 1.02 * 25 = 61.34.
    const c = counts('El niño juega en casa. La policía ayuda.', 'es');
    expect(c).toEqual({ words: 8, sentences: 2, syllables: 16 });
    expect(fernandezHuerta(c)).toBeCloseTo(61.34, 2);
    expect(fernandezHuerta({ words: 100, sentences: 5, syllables: 200 })).toBeCloseTo(81.74, 2);
  });
});

describe('French: Kandel & Moles', () => {
  it('counts spoken French syllables', () => {
    const cases: Record<string, number> = {
      table: 1, idée: 2, aérien: 3, oiseau: 2, le: 1, payer: 2, naïf: 2, créer: 2, "qu'une": 1, quoi: 1,
    };
    for (const [word, n] of Object.entries(cases)) expect([word, frenchSyllableCount(word)]).toEqual([word, n]);
  });

  it('scores a small text', () => {
    // Le chat dort = 3 words, 3 syllables; Une(1) idée(2) simple(1) aide(1) les(1) parents(2) = 6 words, 8 syllables.
    // 207 - 1.015 * 9/2 - 73.6 * 11/9 = 207 - 4.5675 - 89.9556 = 112.4769.
    const c = counts('Le chat dort. Une idée simple aide les parents.', 'fr');
    expect(c).toEqual({ words: 9, sentences: 2, syllables: 11 });
    expect(kandelMoles(c)).toBeCloseTo(112.477, 2);
  });
});

describe('Portuguese: Flesch adapted by Martins et al.', () => {
  it('counts Portuguese syllables', () => {
    const cases: Record<string, number> = { saúde: 3, pão: 1, mãe: 1, quando: 2, água: 2, história: 4, muito: 2 };
    for (const [word, n] of Object.entries(cases)) expect([word, portugueseSyllableCount(word)]).toEqual([word, n]);
  });

  it('scores a small text', () => {
    // A(1) criança(3) está(2) em(1) casa(2) = 5 words, 9 syllables; Os(1) pais(1) ajudam(3) = 3 words, 5 syllables.
    // 248.835 - 1.015 * 8/2 - 84.6 * 14/8 = 248.835 - 4.06 - 148.05 = 96.725.
    const c = counts('A criança está em casa. Os pais ajudam.', 'pt');
    expect(c).toEqual({ words: 8, sentences: 2, syllables: 14 });
    expect(fleschPortuguese(c)).toBeCloseTo(96.725, 2);
  });
});

describe('Arabic', () => {
  it('measures sentences with no syllable score', () => {
    const s = analyse(extractBlocks('اتصل بالشرطة فورًا. لا تدفع المال!'), 'ar');
    expect([s.words, s.sentences, s.syllables]).toEqual([6, 2, undefined]);
    expect(readabilityFormulas.ar.score).toBeUndefined();
  });
});

describe('MDX to prose', () => {
  const mdx = [
    "import { Thing } from './thing'",
    '',
    '<Callout type="warning" title="Act fast tonight">',
    '',
    'Read [the police guide](https://example.org/guide) or visit https://example.com/report today.',
    '',
    '</Callout>',
    '',
    '```js',
    'const hidden = "code words";',
    '```',
    '',
    '- Keep the chat',
    '',
    '| Who | When |',
    '| --- | ---- |',
    '| Police | Now |',
  ].join('\n');

  it('keeps JSX attribute text and link text, drops URLs, code, imports and settings', () => {
    const text = extractBlocks(mdx).map((block) => block.text.replace(/\s+/g, ' ')).join('\n');
    expect(text).toContain('Act fast tonight');
    expect(text).toContain('Read the police guide or visit today.');
    for (const absent of ['example', 'https', 'warning', 'hidden', 'code words', 'import', 'Thing']) {
      expect(text).not.toContain(absent);
    }
  });

  it('makes each attribute, paragraph, list item and table cell its own sentence', () => {
    // title (3 words) + paragraph (7) + list item (3) + four cells (1 each) = 17 words in 1 + 1 + 1 + 4 sentences.
    expect(counts(mdx, 'en')).toMatchObject({ words: 17, sentences: 7 });
  });
});

describe('terminology', () => {
  // A few rules in the shape of content/banned-terms.yaml: the scanner is tested, not the list.
  const CSAM = 'child sexual abuse material';
  const OFFENDER = 'offender';
  const rules: TerminologyRule[] = [
    { term: 'child pornography', language: 'en', allowQuoted: true, use: CSAM },
    { term: 'child porn', language: 'en', allowQuoted: true, use: CSAM },
    { term: 'pornographie infantile', language: 'fr', allowQuoted: true, use: CSAM },
    { term: 'pornografía infantil', language: 'es/pt', allowQuoted: true, use: CSAM },
    { term: 'إباحية الأطفال', language: 'ar', allowQuoted: true, use: CSAM },
    { term: 'المواد الإباحية للأطفال', language: 'ar', allowQuoted: true, use: CSAM },
    { term: 'paedophile', language: 'en', allowQuoted: false, use: OFFENDER },
    { term: 'pédophile', language: 'fr', allowQuoted: false, use: OFFENDER },
    { term: 'pedófilo', language: 'es/pt', allowQuoted: false, use: OFFENDER },
    { term: 'بيدوفيلي', language: 'ar', allowQuoted: false, use: OFFENDER },
  ];

  it('flags "child pornography" in the body with its line, but not in a blockquote', () => {
    const body = 'Intro line.\n\nSome people say child pornography.\n\n> A report said child pornography.\n';
    const hits = scanTerminology(extractBlocks(body), rules);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ term: 'child pornography', found: 'child pornography', line: 3 });
  });

  it('allows a quoted title for "child pornography" but not for "paedophile"', () => {
    const body = 'The law is called “Child Pornography Prevention Act”.\n\nThe film "Paedophile hunters" is bad.\n';
    const hits = scanTerminology(extractBlocks(body), rules);
    expect(hits.map((h) => h.found)).toEqual(['Paedophile']);
  });

  it('finds terms in every language, in JSX titles, across soft line breaks and accents', () => {
    const body = [
      '<Callout title="About child porn">',
      '',
      'Les pédophiles et la pornographie',
      'infantile. La pornografía infantil. Os pedófilos. Une pe\u0301dophile.',
      '',
      '</Callout>',
      '',
      'كلمة البيدوفيليين و«إباحية الأطفال» والمواد الإباحية للأطفال.',
    ].join('\n');
    const hits = scanTerminology(extractBlocks(body), rules);
    expect(hits.map((h) => [h.found, h.line])).toEqual([
      ['child porn', 1],
      ['pédophiles', 3],
      ['pornographie\ninfantile', 3],
      ['pornografía infantil', 4],
      ['pedófilos', 4],
      ['pe\u0301dophile', 4],
      ['البيدوفيليين', 8],
      ['والمواد الإباحية للأطفال', 8], // Arabic hits show whole words, conjunction و included
    ]);
  });

  it('does not flag the words the guide asks for, nor front matter', () => {
    const source = '---\ntitle: x\nsources:\n  - title: "Pedophiles arrested"\n---\n\nChild sexual abuse material.\n\nchild pornography\n';
    const split = splitFrontMatter(source)!;
    const hits = scanTerminology(extractBlocks(split.body), rules);
    expect(hits).toHaveLength(1);
    expect(hits[0].line + bodyLineOffset(source, split.body)).toBe(9);
  });
});

describe('the banned terms file', () => {
  it('names the field that is wrong', () => {
    const file = 'content/banned-terms.yaml';
    expect(() => parseBannedTerms(file, 'uses: { CSAM: x }\nterms:\n  - { term: a, language: en, allowQuoted: true, use: other }\n')).toThrow(
      'field "terms.0.use": "other" is not a key of uses',
    );
    expect(parseBannedTerms(file, 'uses: { CSAM: the right words }\nterms:\n  - { term: a, language: en, allowQuoted: true, use: CSAM }\n')).toEqual([
      { term: 'a', language: 'en', allowQuoted: true, use: 'the right words' },
    ]);
  });
});
