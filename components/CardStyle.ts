/**
 * The card's stylesheet, placed inside its shadow root: page CSS cannot reach it and it cannot
 * reach the page. Light by default; `:host([data-theme="dark"])` when the page is dark (the
 * card host reads the page's text colour at the link).
 */
export const CARD_CSS = `
:host { all: initial; }
.card {
  --bg: #ffffff; --fg: #1d2330; --muted: #555e6e; --line: #dde2ea; --accent: #1f66c1; --on-accent: #ffffff;
  --corpus: #1a7342; --cited: #1f66c1; --unknown: #5f6673; --uncertain: #8a5200; --chip: #f1f4f8;
  box-sizing: border-box; width: 360px; max-width: calc(100vw - 16px); max-height: calc(100vh - 16px);
  overflow: auto; overscroll-behavior: contain; padding: 12px 14px 10px; border-radius: 10px; border: 1px solid var(--line);
  background: var(--bg); color: var(--fg);
  font: 13px/1.45 system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif;
  box-shadow: 0 8px 28px rgba(15, 23, 42, 0.18), 0 1px 3px rgba(15, 23, 42, 0.12);
  text-align: start; letter-spacing: normal; word-break: normal; overflow-wrap: anywhere;
}
:host([data-theme="dark"]) .card {
  --bg: #1e2430; --fg: #e8ecf3; --muted: #a9b2c1; --line: #394255; --accent: #8bbcff; --on-accent: #0e1420;
  --corpus: #74d7a0; --cited: #8bbcff; --unknown: #a9b2c1; --uncertain: #f0b45a; --chip: #2a3242;
  box-shadow: 0 8px 28px rgba(0, 0, 0, 0.5);
}
.card p { margin: 0; }
.title { font-size: 16px; font-weight: 600; line-height: 1.35; margin: 0 0 2px; }
.symbol-title { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: 15px; }
.head { display: flex; flex-wrap: wrap; gap: 2px 8px; align-items: baseline; color: var(--muted); margin-bottom: 2px; }
.symbol { font: 600 12.5px/1.3 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; color: var(--fg); }
.badge { font-size: 11px; line-height: 1.5; padding: 0 7px; border-radius: 999px; border: 1px solid currentColor; white-space: nowrap; }
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
.badge.uncertain { color: var(--uncertain); }
.badge.read { color: var(--muted); }
.meta { color: var(--muted); margin-top: 2px; }
.summary { margin-top: 6px; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
.note { margin-top: 6px; color: var(--muted); }
.note.uncertain { color: var(--uncertain); }
.error { color: #b42318; }
:host([data-theme="dark"]) .error { color: #ff9d94; }
.refs, .mention, .relation { margin-top: 6px; }
.refs-label { color: var(--muted); }
.ref.sym { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: 12px; }
.more { color: var(--muted); }
.mention q { display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; }
.card a { color: var(--accent); text-underline-offset: 2px; }
.langs { display: flex; flex-wrap: wrap; gap: 2px 10px; margin-top: 8px; font-size: 12px; }
.langs a[aria-current="true"] { font-weight: 600; }
.library { margin-top: 6px; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin-top: 8px; padding-top: 8px; border-top: 1px solid var(--line); }
.actions a.primary { font-size: 12.5px; font-weight: 600; background: var(--accent); color: var(--on-accent); border-radius: 6px; padding: 3px 10px; text-decoration: none; }
.menu-button, .menu button {
  font: inherit; font-size: 12.5px; color: var(--fg); background: none; border: 1px solid transparent;
  border-radius: 6px; padding: 3px 8px; cursor: pointer;
}
.menu-button { color: var(--muted); }
.menu-button[aria-expanded="true"], .menu button:hover, .menu-button:hover { background: var(--chip); }
.menu { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 4px; }
.menu button { border-color: var(--line); background: var(--chip); }
.card :focus-visible { outline: 2px solid var(--accent); outline-offset: 1px; }
.status { font-size: 12px; color: var(--muted); }
`;
