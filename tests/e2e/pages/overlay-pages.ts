/**
 * Pages for the overlay's browser tests, served under the UN host names: a Chinese resolution
 * made from a corpus document, an English press release with lists of resolutions, a page
 * with existing undocs.org links, a page that adds content after load, a contenteditable area.
 */
import { readFileSync } from 'node:fs';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function shell(lang: string, title: string, body: string, style = ''): string {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(title)}</title>
<style>body{font:16px/1.6 system-ui,sans-serif;max-width:760px;margin:24px auto;padding:0 16px}${style}</style></head>
<body>${body}</body></html>`;
}

/** The corpus text as a page: `## ` lines become headings, other non-empty lines paragraphs. */
export function corpusPage(file = 'assets/corpus/000_a9b0d900b49bb904.txt'): string {
  const lines = readFileSync(file, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean);
  const body = lines.map((l) => (l.startsWith('## ') ? `<h2>${esc(l.slice(3))}</h2>` : `<p>${esc(l)}</p>`)).join('\n');
  return shell('zh', '大会决议 77/180', `<main>${body}</main>`);
}

export const PRESS_PAGE = shell(
  'en',
  'General Assembly adopts resolutions',
  `<main>
<h1>General Assembly adopts 12 resolutions on economic and financial matters</h1>
<p>The Assembly adopted resolution A/RES/77/180 on industrial development cooperation, recalling its
resolutions 49/108 of 19 December 1994 and 51/170 of 16 December 1996.</p>
<ul id="adopted">
  <li>Draft resolution A/C.2/77/L.37, adopted as resolution 77/180</li>
  <li>The Security Council, in resolution S/RES/2334 (2016), …</li>
  <li>Report of the Second Committee (A/77/447/Add.2)</li>
  <li>Decision A/DEC/77/555 on the programme of work</li>
  <li>Transforming our world: the 2030 Agenda (A/RES/70/1)</li>
  <li>An unknown one: A/RES/70/299</li>
</ul>
<p>Press contact: <a href="mailto:press@example.org">press office</a>.</p>
</main>`,
);

export const EXISTING_LINK_PAGE = shell(
  'en',
  'Existing links',
  `<p id="p1">As set out in <a id="ex1" href="https://undocs.org/en/A/RES/70/1">resolution A/RES/70/1</a>, and in
<a id="ex2" href="https://www.un.org/news/elsewhere">a story about A/RES/77/180</a>, and plain A/RES/77/180.</p>`,
);

export const DYNAMIC_PAGE = shell(
  'en',
  'Search results',
  `<h1>Search</h1><ol id="results"><li>First result: A/RES/77/180</li></ol>
<script>
  let n = 0;
  const add = () => {
    n++;
    const li = document.createElement('li');
    li.innerHTML = 'Result ' + n + ': resolution A/RES/' + (70 + n) + '/1 and <b>S/RES/' + (2300 + n) + ' (2016)</b>';
    document.getElementById('results').appendChild(li);
    if (n < 5) setTimeout(add, 150);
    else document.body.dataset.loaded = 'yes';
  };
  setTimeout(add, 400);
</script>`,
);

export const EDITABLE_PAGE = shell(
  'en',
  'Editor',
  `<p id="before">Before the editor: A/RES/77/180.</p>
<div id="editor" contenteditable="true"><p>Draft citing A/RES/70/1 and S/RES/2334 (2016).</p></div>
<textarea id="ta">A/RES/70/1</textarea>`,
);

export const DARK_PAGE = shell(
  'en',
  'Dark page',
  `<p>In the dark: resolution A/RES/77/180 and A/RES/70/299.</p>`,
  'html{background:#15181e;color:#e6e6e6}',
);
