// The parts every Source Annotator webview page shares: a fresh nonce, the Content-Security-Policy,
// and HTML escaping. Pure (no vscode), so the policy is asserted in unit tests.
import { randomBytes } from 'node:crypto';

/** What a page needs from its panel: the webview's own origin and the URIs of its files. */
export interface PageResources {
  /** `webview.cspSource`: the only origin the page may load styles, images and fonts from. */
  readonly cspSource: string;
  /** Fresh per render; the only scripts that run are the ones carrying it. */
  readonly nonce: string;
  readonly scriptUri: string;
  readonly styleUri: string;
}

/** 128 random bits, base64: a nonce no page content can guess. */
export function createNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The policy: nothing by default; scripts only with the nonce (no 'unsafe-inline', no 'unsafe-eval',
 * no inline handlers); styles, images and fonts only from the extension's own webview origin; no
 * connections, frames or forms anywhere.
 */
export function contentSecurityPolicy(cspSource: string, nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'nonce-${nonce}'`,
    `style-src ${cspSource}`,
    `img-src ${cspSource} data:`,
    `font-src ${cspSource}`,
    "connect-src 'none'",
    "frame-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
}

/** Escapes text for HTML element content and double-quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** A complete page around `body`, with the policy, one stylesheet and one nonce'd script. */
export function page(resources: PageResources, title: string, body: string, stylesheetId?: string): string {
  const { cspSource, nonce, scriptUri, styleUri } = resources;
  const id = stylesheetId ? ` id="${escapeHtml(stylesheetId)}"` : '';
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(contentSecurityPolicy(cspSource, nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet"${id} href="${escapeHtml(styleUri)}">
<title>${escapeHtml(title)}</title>
</head>
<body>
${body}
<script nonce="${escapeHtml(nonce)}" src="${escapeHtml(scriptUri)}"></script>
</body>
</html>`;
}
