// @vitest-environment happy-dom
import { expect, it } from 'vitest';
import { render } from 'preact';
import { readFileSync } from 'node:fs';
import { createTranslator, setTranslator } from '@/lib/i18n/t';
import en from '../../locales/en/catalogue.json';
import { CatalogueAttribution } from './CatalogueAttribution';

it('shows the attribution SOURCES.md asks for, word for word', () => {
  setTranslator(createTranslator(en));
  document.body.innerHTML = '<div id="box"></div>';
  const box = document.getElementById('box')!;
  render(<CatalogueAttribution />, box);
  const sources = readFileSync('assets/catalogue/SOURCES.md', 'utf8').replace(/\s+/g, ' ');
  const shown = box.querySelector('[data-testid="catalogue-attribution"] p')!.textContent!;
  expect(shown).toContain('Erik Voeten');
  expect(sources).toContain(`"${shown}"`);
});
