// Quote ledger page script: every button names an action and indexes; the extension does the rest.
(function () {
  // eslint-disable-next-line no-undef
  const vscode = acquireVsCodeApi();
  document.addEventListener('click', (event) => {
    const target = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!target) return;
    const d = target.dataset;
    vscode.postMessage({ type: d.action, entry: d.entry !== undefined ? Number(d.entry) : undefined, source: d.source !== undefined ? Number(d.source) : undefined, format: d.format });
  });
})();
