// Quote ledger page script: every button names an action and indexes; the extension does the rest.
// The filter form sends the whole filter on each change; the extension rebuilds the page and names the
// control changed (header data-focus), which gets the focus back so the keyboard stays where it was.
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!target) return;
    const d = target.dataset;
    vscode.postMessage({ type: d.action, entry: d.entry !== undefined ? Number(d.entry) : undefined, source: d.source !== undefined ? Number(d.source) : undefined, format: d.format });
  });
  const form = document.getElementById('filter');
  if (form) {
    form.addEventListener('submit', (event) => event.preventDefault());
    form.addEventListener('change', (event) => {
      const kinds = Array.from(form.querySelectorAll('input[name="kind"]'));
      const checked = kinds.filter((k) => k.checked).map((k) => k.value);
      const value = (id) => document.getElementById(id)?.value || undefined;
      vscode.postMessage({
        type: 'filter',
        filter: { kinds: checked.length === kinds.length ? undefined : checked, from: value('from'), to: value('to'), undated: document.getElementById('undated')?.checked === true },
        focus: event.target instanceof Element ? event.target.id : undefined,
      });
    });
  }
  const focus = document.querySelector('header[data-focus]')?.getAttribute('data-focus');
  const control = focus ? document.getElementById(focus) : null;
  if (control) control.focus();
})();
