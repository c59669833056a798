// The entity graph page: a canvas for cytoscape and, beside it, the same graph as lists of buttons
// (entities, their links, the evidence of a link) so everything can be done with the keyboard. The
// data arrives by message; the page itself carries no document text.
import { escapeHtml, page, type PageResources } from './webviewPage';

/** cytoscape adds a <style> element with this id unless one exists; our stylesheet carries the id, so nothing inline is needed. */
export const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

export function graphHtml(resources: PageResources): string {
  const types = [['PERSON', 'People'], ['ORG', 'Organizations'], ['PLACE', 'Places']]
    .map(([value, label]) => `<label class="type type-${value.toLowerCase()}"><input type="checkbox" name="type" value="${value}" checked> ${escapeHtml(label)}</label>`).join('\n');
  const body = `<main class="layout">
<section class="canvas" aria-label="Entity graph drawing">
<div id="cy"></div>
<p id="status" role="status" aria-live="polite">Loading the graph…</p>
</section>
<aside class="side">
<form id="filters" aria-label="Filters">
<fieldset><legend>Types</legend>
${types}
</fieldset>
<label for="minWeight">Minimum link weight</label>
<input id="minWeight" type="number" min="1" step="1" value="1">
<label for="scope">Documents</label>
<select id="scope"><option value="workspace">Workspace</option><option value="document">Current document</option><option value="folder">Folder of the current document</option><option value="chosen">A folder you choose</option></select>
<button type="button" id="pickFolder" class="action">Choose a folder…</button>
<label for="limit">Entities shown</label>
<input id="limit" type="number" min="1" max="5000" step="1" value="200">
</form>
<button type="button" id="more" class="action" disabled>Expand a neighbourhood</button>
<h2 id="evidenceTitle">Evidence</h2>
<p class="hint" id="evidenceHint">Click a link in the drawing, or pick one below, to read the sentences that support it.</p>
<ol id="evidence" class="list" aria-labelledby="evidenceTitle"></ol>
<h2 id="edgesTitle">Links</h2>
<ul id="edges" class="list" aria-labelledby="edgesTitle"></ul>
<h2 id="selectedTitle">Entities</h2>
<p class="hint">Tab to an entity and press Enter to focus it, then pick one of its links to read the evidence; + expands its neighbourhood.</p>
<ul id="nodes" class="list" aria-labelledby="selectedTitle"></ul>
</aside>
</main>`;
  return page(resources, 'Entity Graph', body, CYTOSCAPE_STYLESHEET_ID);
}
