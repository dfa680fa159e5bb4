// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { addReaderButtons, READER_BUTTON_ATTR } from './reader-buttons';

describe('addReaderButtons on a real Digital Library record', () => {
  it('one button after each language PDF link, text unchanged, trusted clicks only, removable', () => {
    (window as unknown as { happyDOM: { setURL(u: string): void } }).happyDOM.setURL('https://digitallibrary.un.org/record/4031995');
    document.body.innerHTML = readFileSync(join(__dirname, '../../tests/e2e/real-pages/html/un-voting-resolution.html'), 'utf8');
    const text = document.body.textContent;
    const open = vi.fn();
    const remove = addReaderButtons(document.body, { label: 'Open in reader', open });
    const buttons = [...document.querySelectorAll<HTMLButtonElement>(`[${READER_BUTTON_ATTR}]`)];
    expect(buttons.map((b) => (b.previousElementSibling as HTMLAnchorElement).getAttribute('href'))).toEqual(
      ['EN', 'ES', 'FR', 'RU', 'AR', 'ZH'].map((l) => `/record/4031995/files/A_RES_78_165-${l}.pdf`),
    );
    expect(buttons[5]!.getAttribute('aria-label')).toBe('Open in reader (A_RES_78_165-ZH.pdf)');
    expect(document.body.textContent).toBe(text);
    // Twice adds nothing more.
    const again = addReaderButtons(document.body, { label: 'Open in reader', open });
    expect(document.querySelectorAll(`[${READER_BUTTON_ATTR}]`).length).toBe(6);
    again();
    // A script's click is not trusted.
    buttons[5]!.click();
    expect(open).not.toHaveBeenCalled();
    remove();
    expect(document.querySelectorAll(`[${READER_BUTTON_ATTR}]`).length).toBe(0);
  });
});
