// Quick exit (components/QuickExit/), after GOV.UK Frontend's "Exit this page", plus location.replace(): the page
// the reader leaves is replaced in the tab's history, so Back does not return to it. Without this script the links
// are plain links to the same neutral site.
const links = [...document.querySelectorAll('a[data-quick-exit]')];
const button = document.querySelector('[data-quick-exit-button]');
const status = document.querySelector('[data-quick-exit-status]');
const PRESSES = 3;
const WINDOW_MS = 5000;

function leave(href) {
  // Blank the page at once: a cover says "Loading." while the browser goes.
  const cover = document.createElement('div');
  cover.className = 'quick-exit-cover';
  cover.setAttribute('role', 'alert');
  cover.textContent = button?.dataset.loading ?? '';
  document.documentElement.classList.add('quick-exit-leaving');
  document.body.append(cover);
  location.replace(href);
}

if (links.length > 0) {
  const href = links[0].href;
  for (const link of links) {
    link.addEventListener('click', (event) => {
      event.preventDefault();
      leave(link.href);
    });
  }

  // Coming back from the browser's cache (another tab's Back): take the cover away.
  window.addEventListener('pageshow', (event) => {
    if (!event.persisted) return;
    document.documentElement.classList.remove('quick-exit-leaving');
    document.querySelector('.quick-exit-cover')?.remove();
  });

  // Shift pressed three times, each within 5 seconds of the last; any other key starts again.
  let presses = 0;
  let timer;
  const dots = [...(button?.querySelectorAll('[data-quick-exit-dot]') ?? [])];
  const say = (text) => {
    if (status) status.textContent = text ?? '';
  };
  const reset = () => {
    presses = 0;
    clearTimeout(timer);
    for (const dot of dots) dot.classList.remove('quick-exit-dot-on');
  };
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Shift' || event.repeat || event.ctrlKey || event.altKey || event.metaKey) {
      if (event.key !== 'Shift' && presses > 0) reset();
      return;
    }
    presses += 1;
    dots.slice(0, presses).forEach((dot) => dot.classList.add('quick-exit-dot-on'));
    clearTimeout(timer);
    if (presses >= PRESSES) {
      reset();
      leave(href);
      return;
    }
    say(button?.dataset[presses === 1 ? 'pressTwo' : 'pressOne']);
    timer = setTimeout(() => {
      reset();
      say(button?.dataset.expired);
    }, WINDOW_MS);
  });
}
