// The letter home (components/Letter): a school types its name, a contact and the date, chooses its families'
// languages, and prints one letter for each, or a copy in two languages (the school's beside the family's) for staff.
// Every language's letter is in the page, in a <template>; this copies the chosen ones into place and writes what was
// typed into their blank lines. Nothing is sent or kept: no request, no cookie, no storage. Without this script the
// form stays hidden and the page's own letter prints with blank lines.
const form = document.querySelector('[data-letter-form]');
const letters = document.querySelector('[data-letters]');

if (form && letters) {
  const school = form.dataset.schoolLocale;
  const templates = new Map(
    [...document.querySelectorAll('template[data-letter-template]')].map((t) => [t.dataset.letterTemplate, t]),
  );
  const fields = [...form.querySelectorAll('[data-letter-field]')];
  const languages = [...form.querySelectorAll('input[data-letter-language]')];
  const pair = form.querySelector('input[data-letter-pair]');
  const status = form.querySelector('[data-letter-status]');

  const copy = (locale) => templates.get(locale).content.cloneNode(true);

  /** A typed day (YYYY-MM-DD) written the way the letter's language writes dates. */
  const day = (iso, lang) => {
    const date = new Date(`${iso}T00:00:00Z`);
    if (Number.isNaN(date.getTime())) return iso;
    try {
      return new Intl.DateTimeFormat(lang, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
    } catch {
      return iso;
    }
  };

  /** Writes what was typed into every blank line of the letters; an empty field leaves its line blank. */
  const fill = () => {
    const values = Object.fromEntries(fields.map((f) => [f.dataset.letterField, f.value.trim()]));
    for (const line of letters.querySelectorAll('[data-fill]')) {
      const value = values[line.dataset.fill] ?? '';
      line.textContent = line.dataset.fill === 'date' && value ? day(value, line.closest('[lang]')?.lang) : value;
    }
  };

  /** The chosen letters, in the order of the list: each alone, or beside the school's own in a two-language copy. */
  const build = () => {
    const chosen = languages.filter((box) => box.checked).map((box) => box.value);
    const wanted = chosen.length > 0 ? chosen : [school];
    const parts = wanted.map((locale) => {
      if (!pair.checked || locale === school) return copy(locale);
      const both = document.createElement('div');
      both.className = 'letter-pair';
      both.append(copy(school), copy(locale));
      return both;
    });
    letters.replaceChildren(...parts);
    fill();
    if (chosen.length === 0) {
      status.textContent = status.dataset.none;
    } else {
      const names = languages.filter((box) => box.checked).map((box) => box.parentElement.querySelector('[lang]').textContent);
      const list = new Intl.ListFormat(document.documentElement.lang, { type: 'conjunction' }).format(names);
      status.textContent = status.dataset.ready.replace('{list}', list);
    }
  };

  for (const field of fields) field.addEventListener('input', fill);
  for (const box of [...languages, pair]) box.addEventListener('change', build);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  build();
}
