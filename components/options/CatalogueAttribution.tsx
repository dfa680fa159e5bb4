/**
 * The catalogue's attribution, as its sources ask (assets/catalogue/SOURCES.md): on the options
 * page, under its own heading.
 */
import { t } from '@/lib/i18n/t';

export function CatalogueAttribution() {
  return (
    <section aria-labelledby="catalogue-h" data-testid="catalogue-attribution">
      <h2 id="catalogue-h">{t('catAttributionHeading')}</h2>
      <p>{t('catAttribution')}</p>
    </section>
  );
}
