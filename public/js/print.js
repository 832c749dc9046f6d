// "Print this page" buttons (components/PrintButton/): shown only when this script runs.
for (const button of document.querySelectorAll('button[data-print]')) {
  button.addEventListener('click', () => window.print());
  button.hidden = false;
}
