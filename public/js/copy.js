// Copy buttons (components/CopyButton/): each button copies the text of the element named in data-copy and
// says "Copied" in its live region. Without this script, or without a clipboard, the buttons stay hidden and
// the text is there to select by hand.

function announce(region, message) {
  if (!region) return;
  // Empty first, so saying the same words twice is announced twice.
  region.textContent = '';
  setTimeout(() => {
    region.textContent = message;
  }, 50);
}

function selectText(element) {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = window.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

if (navigator.clipboard && window.isSecureContext) {
  for (const button of document.querySelectorAll('button[data-copy]')) {
    const source = document.getElementById(button.dataset.copy);
    const region = document.getElementById(button.dataset.copyStatus);
    if (!source) continue;
    button.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(source.textContent.trim());
        announce(region, button.dataset.copied);
      } catch {
        selectText(source);
        announce(region, button.dataset.failed);
      }
    });
    button.hidden = false;
  }
}
