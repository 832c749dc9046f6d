// What a channel takes, and the six "what happened?" choices that lead to channels, guides and options that work
// anywhere: the vocabulary the channel files and the pages share.
/** Where a country is listed on the hub. */
export const regions = ['europe', 'americas', 'middle-east-north-africa', 'sub-saharan-africa', 'asia-pacific'] as const;

/** What a channel takes reports about or helps with. */
export const handles = [
  'abuse-material',
  'grooming',
  'sextortion',
  'image-removal',
  'child-helpline',
  'family-support',
  'crisis',
  'police',
] as const;
export type Handle = (typeof handles)[number];

/** What a channel's own page says it does not take. */
export const exclusions = ['bullying', 'fake-accounts', 'hacking', 'over-18', 'private-chats', 'private-disputes'] as const;

/** The six "what happened?" choices and the handles that answer each one. */
export const situations = {
  'found-images': ['abuse-material'],
  'sexual-talk-or-requests': ['grooming'],
  sextortion: ['sextortion'],
  'images-shared': ['image-removal', 'abuse-material'],
  'worried-about-adult': ['grooming'],
  'child-told-me': ['child-helpline', 'family-support', 'grooming'],
} as const satisfies Record<string, readonly Handle[]>;
export type Situation = keyof typeof situations;
export const situationIds = Object.keys(situations) as Situation[];

/** The guide that explains each situation in depth. */
export const situationGuides: Record<Situation, string> = {
  'found-images': 'how-to-report',
  'sexual-talk-or-requests': 'grooming',
  sextortion: 'sextortion',
  'images-shared': 'if-images-are-shared',
  'worried-about-adult': 'warning-signs',
  'child-told-me': 'if-your-child-tells-you',
};

/** Guides for a case inside a situation, shown after its answer: a sexual image made with AI is shared the same way. */
export const situationMoreGuides: Partial<Record<Situation, readonly string[]>> = {
  'images-shared': ['ai-fake-images'],
};

/** The options from international.yaml that answer a situation in every country, whatever its own channels. */
export const anyCountryOptions: Record<Situation, readonly string[]> = {
  'found-images': ['inhope'],
  'sexual-talk-or-requests': [],
  sextortion: ['take-it-down'],
  'images-shared': ['take-it-down', 'inhope'],
  'worried-about-adult': [],
  'child-told-me': [],
};

