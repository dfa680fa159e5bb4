/**
 * The card's stylesheet, placed inside its shadow root: page CSS cannot reach it and it cannot
 * reach the page. Light by default; `:host([data-theme="dark"])` when the page is dark (the
 * card host reads the page's text colour at the link).
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1d2330; --muted: #5b6475; --line: #dde2ea; --accent: #1f66c1;
  --corpus: #1c7c46; --cited: #1f66c1; --unknown: #6b7280; --uncertain: #9a5b00; --chip: #f1f4f8;
  box-sizing: border-box; width: 420px; max-width: calc(100vw - 16px); max-height: min(460px, calc(100vh - 24px));
  overflow: auto; padding: 12px 14px; border-radius: 10px; border: 1px solid var(--line);
  background: var(--bg); color: var(--fg);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "PingFang SC", "Microsoft YaHei", sans-serif;
  box-shadow: 0 8px 28px rgba(15, 23, 42, 0.18), 0 1px 3px rgba(15, 23, 42, 0.12);
  text-align: start; letter-spacing: normal; word-break: normal; overflow-wrap: anywhere;
}
:host([data-theme="dark"]) .card {
  --bg: #1e2430; --fg: #e8ecf3; --muted: #a6afbf; --line: #394255; --accent: #7db4ff;
  --corpus: #6fd39a; --cited: #7db4ff; --unknown: #a6afbf; --uncertain: #f0b45a; --chip: #2a3242;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.5);
}
.head { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; margin: 0 0 4px; }
.symbol { font: 600 14px/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; margin: 0; }
.badge { font-size: 11px; padding: 1px 7px; border-radius: 999px; border: 1px solid currentColor; white-space: nowrap; }
.badge.corpus { color: var(--corpus); }
.badge.cited { color: var(--cited); }
.badge.catalogue { color: var(--cited); }
.cat { margin: 6px 0 0; }
.cat p { margin: 2px 0; }
.cat-kind, .cat-where, .cat-source, .cat-rel, .cat-label { color: var(--muted); }
.cat-source { font-size: 11px; margin-top: 6px; }
.cat-adoption { font-weight: 600; }
.cat-differs { color: var(--uncertain); }
.cat-related { list-style: none; padding: 0; }
.lang-note { color: var(--muted); font-size: 11px; font-weight: normal; }
.votebar { display: inline-flex; vertical-align: middle; width: 72px; height: 7px; margin-inline-start: 8px; border-radius: 4px; overflow: hidden; background: var(--line); }
.votebar .y { background: #2e8b57; } .votebar .n { background: #c0392b; } .votebar .a { background: #d4a017; } .votebar .x { background: #9aa3b2; }
.badge.unknown { color: var(--unknown); border-style: dashed; }
.badge.uncertain { color: var(--uncertain); border-style: dotted; }
.badge.read { color: var(--muted); }
.kind { color: var(--muted); margin: 0 0 6px; }
.title { font-weight: 600; margin: 4px 0; }
.meta { color: var(--muted); margin: 0 0 6px; }
.summary { margin: 6px 0; display: -webkit-box; -webkit-line-clamp: 4; -webkit-box-orient: vertical; overflow: hidden; }
.note { margin: 6px 0; color: var(--muted); }
.note.uncertain { color: var(--uncertain); }
.error { color: #b42318; }
:host([data-theme="dark"]) .error { color: #ff8a80; }
h3 { font-size: 12px; font-weight: 600; margin: 10px 0 2px; color: var(--muted); text-transform: none; }
ul { list-style: none; margin: 0; padding: 0; }
li { margin: 2px 0; }
li .sym { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
li .t { color: var(--muted); }
li.more { color: var(--muted); font-style: italic; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 10px; padding-top: 8px; border-top: 1px solid var(--line); }
.actions a, .actions button, .actions select {
  font: inherit; font-size: 12px; color: var(--fg); background: var(--chip); border: 1px solid var(--line);
  border-radius: 6px; padding: 3px 9px; cursor: pointer; text-decoration: none; line-height: 1.5;
}
.actions a.primary { background: var(--accent); border-color: var(--accent); color: var(--bg); }
.actions select { padding: 2px 4px; }
.actions :focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.status { font-size: 12px; color: var(--muted); }
`;
