// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../corpus/parse';
import { htmlText } from './html-text';

// The shape of a UN document saved as HTML: the header in blocks, the paragraphs in <p>, page chrome around.
const PAGE = `<!doctype html><html><head><title>A/RES/70/10</title><style>p{color:red}</style><script>var x = 1;</script></head>
<body><nav>Home | Documents</nav><main>
<p>United Nations <b>A/RES/70/10</b></p><p>General Assembly Distr.: General</p><p>2 December 2015</p>
<p>Seventieth session</p><p>Agenda item 87</p>
<p>Resolution adopted by the General Assembly on 17 November 2015</p>
<p>[without reference to a Main Committee (A/70/L.8 and Add.1)]</p>
<h1>70/10. Report of the International Atomic Energy Agency</h1>
<p><i>The General Assembly</i>,</p>
<p><i>Having received</i> the report of the International Atomic Energy Agency for 2014,</p>
<p><i>Recognizing also</i> the cooperation between the United Nations and the Agency and the Agreement governing the relationship between the United Nations and the Agency as approved by the General Assembly in the annex to its resolution 1145 (XII) of 14 November 1957,</p>
<p>1. <i>Takes note with appreciation</i> of the report of the International Atomic Energy Agency;</p>
</main><footer>© United Nations</footer></body></html>`;

describe('htmlText', () => {
  it('gives one line per block, inline markup joined, chrome and scripts left out', () => {
    const doc = new DOMParser().parseFromString(PAGE, 'text/html');
    const text = htmlText(doc);
    expect(text.split('\n').slice(0, 3)).toEqual(['United Nations A/RES/70/10', 'General Assembly Distr.: General', '2 December 2015']);
    expect(text).toContain('\nThe General Assembly,\nHaving received the report');
    expect(text).not.toMatch(/var x|color:red|Home \| Documents|©/);
  });

  it('feeds the same parser as a PDF does', () => {
    const r = parseDocument('page.html', htmlText(new DOMParser().parseFromString(PAGE, 'text/html')));
    expect(r.ok && r.doc).toMatchObject({ id: 'A/RES/70/10', title: 'Report of the International Atomic Energy Agency', date: '2015-11-17', agendaItem: '87' });
    expect(r.ok && r.doc.paragraphs.map((p) => p.at.anchor)).toEqual(['p-pre-1', 'p-pre-2', 'p-op-1']);
  });
});
