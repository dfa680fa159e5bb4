// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { blockOf, isInline, textBlocks } from './text-blocks';

function texts(html: string, css = ''): string[] {
  document.head.innerHTML = css ? `<style>${css}</style>` : '';
  document.body.innerHTML = html;
  return [...textBlocks(document.body)].map((b) => b.text);
}

describe('textBlocks: what the page renders apart stays apart', () => {
  it('table cells, list items, dt/dd are separate blocks', () => {
    expect(texts('<table><tr><td>Symbol</td><td>A/RES/78/165</td></tr></table>')).toEqual(['Symbol', 'A/RES/78/165']);
    expect(texts('<ul><li>A/78/433</li><li>A/C.6/78/L.7</li></ul>')).toEqual(['A/78/433', 'A/C.6/78/L.7']);
    expect(texts('<dl><dt>Symbol</dt><dd>S/PV.9527</dd></dl>')).toEqual(['Symbol', 'S/PV.9527']);
  });

  it('label/value spans that CSS makes blocks (Digital Library records) are separate blocks', () => {
    // Markup of digitallibrary.un.org/record/4031995; the site's Bootstrap floats the columns.
    const html =
      "<div class='metadata-row'><span class='title col-xs-12 col-sm-3 col-md-2'>Symbol</span><span class='value col-xs-12 col-sm-9 col-md-10'>A/RES/78/165</span></div>";
    expect(texts(html, '.col-xs-12 { float: left; width: 100%; }')).toEqual(['Symbol', 'A/RES/78/165']);
    expect(texts(html, '.title, .value { display: block; }')).toEqual(['Symbol', 'A/RES/78/165']);
    // Without the stylesheet the same spans are inline: one run of text, as the page shows it.
    expect(texts(html)).toEqual(['SymbolA/RES/78/165']);
  });

  it('a <br> and an empty block part two texts of one block', () => {
    expect(texts('<p>Cuba<br>Group of 77</p>')).toEqual(['Cuba\nGroup of 77']);
    expect(texts('<div>S/PV.1620<div></div>Communiqué</div>')).toEqual(['S/PV.1620\nCommuniqué']);
  });

  it('inline markup inside a symbol still reads as one', () => {
    expect(texts('<p>See A/RES/<b>78</b>/165 and <span class="x">S/RES/</span>2334 (2016).</p>', '.x { color: red; }')).toEqual([
      'See A/RES/78/165 and S/RES/2334 (2016).',
    ]);
  });

  it('a link around a block is the link of its text', () => {
    document.body.innerHTML = '<table><tr><th><a href="https://undocs.org/en/S/PV.1613(OR)"><p>S/PV.1613</p></a></th></tr></table>';
    const [block] = [...textBlocks(document.body)];
    expect(block!.element.tagName).toBe('P');
    expect(block!.segments[0]!.link?.getAttribute('href')).toBe('https://undocs.org/en/S/PV.1613(OR)');
  });
});

describe('isInline / blockOf', () => {
  it('tags are the fast path; styled inline tags are asked for their display', () => {
    document.head.innerHTML = '<style>.blk { display: block } label { display: inline-block }</style>';
    document.body.innerHTML = '<p><b>x</b><span class="blk">y</span><span class="plain">z</span><label>w</label></p>';
    const [b, blk, plain, label] = [...document.querySelectorAll('p > *')];
    expect(isInline(b!)).toBe(true);
    expect(isInline(blk!)).toBe(false);
    expect(isInline(plain!)).toBe(true);
    expect(isInline(label!)).toBe(false);
    expect(isInline(document.querySelector('p')!)).toBe(false);
    expect(blockOf(blk!.firstChild!)).toBe(blk);
    expect(blockOf(plain!.firstChild!)?.tagName).toBe('P');
  });
});
