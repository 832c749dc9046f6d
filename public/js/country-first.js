// The reader's country first (components/report/CountryFirst): the page holds every country's help, in templates
// or hidden; this shows the guessed country's, and moves its lines to the top of the lists they belong to. The guess is made
// here and kept nowhere: no cookie, no storage, no request but this module's own files. Without it the page stays as
// it was built.
import table from './country-zones.js';
import { guessCountry } from './country-guess.js';

const country = guessCountry(
  { timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone, languages: navigator.languages },
  table,
);
if (country) {
  // The help box's block for the country (a template until now).
  const template = document.querySelector(`template[data-country="${country}"]`);
  template?.replaceWith(template.content);
  // Each "what happened?" answer: the country's line first, the one already there when it is the language's own.
  for (const line of document.querySelectorAll(`[data-situation][data-country="${country}"]`)) {
    const list = document.querySelector(`[data-situation-list="${line.dataset.situation}"]`);
    list?.prepend(list.querySelector(`[data-country="${country}"]`) ?? line);
  }
  for (const block of document.querySelectorAll(`[data-country="${country}"]:not([data-situation], template)`)) {
    block.hidden = false;
    block.parentElement.prepend(block);
  }
}

// A link to a "what happened?" answer opens it, in browsers that do not open a <details> for its fragment.
const target = location.hash ? document.getElementById(decodeURIComponent(location.hash.slice(1))) : null;
const answer = target?.closest('details');
if (answer && !answer.open) {
  answer.open = true;
  target.scrollIntoView();
}
