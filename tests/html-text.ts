// Text read out of HTML as React writes it, for tests that compare it with a message or a title.

const entities: Record<string, string> = { '&amp;': '&', '&quot;': '"', '&#x27;': "'", '&#39;': "'", '&lt;': '<', '&gt;': '>' };

/** The characters React escapes, unescaped. */
export const decodeEntities = (html: string) => html.replace(/&(?:amp|quot|#x27|#39|lt|gt);/g, (entity) => entities[entity]);

/** The text of some HTML: its tags removed, its entities decoded. */
export const textOf = (html: string) => decodeEntities(html.replace(/<[^>]*>/g, ''));
