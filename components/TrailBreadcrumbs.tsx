/**
 * The window's trail, compact, at the top of the panel: back / forward, every step in order as
 * a short chip (the current one marked), and a quiet menu with "download" and "clear" (which
 * asks once more). Data and callbacks in.
 */
import { useState } from 'preact/hooks';
import type { TrailStep } from '@/lib/db/db';
import { t } from '@/lib/i18n/t';
import { documentName } from '@/lib/trail/names';
import { shortSymbol } from './References';

export interface TrailActions {
  onBack: () => void;
  onForward: () => void;
  onGo: (stepId: number) => void;
  onClear: () => void;
  onExport: () => void;
}

export function TrailBreadcrumbs({ steps, cursor, actions }: { steps: TrailStep[]; cursor: number; actions: TrailActions }) {
  const [confirming, setConfirming] = useState(false);
  const empty = steps.length === 0;
  return (
    <nav class="trail" aria-labelledby="trail-h">
      <div class="trail-bar">
        <h2 id="trail-h">{t('wordTrail')}</h2>
        <div class="trail-buttons">
          <button type="button" class="icon" data-action="back" aria-label={t('panelBackLabel')} title={t('panelBackLabel')} disabled={cursor <= 0} onClick={actions.onBack}>
            ←
          </button>
          <button
            type="button"
            class="icon"
            data-action="forward"
            aria-label={t('panelForwardLabel')}
            title={t('panelForwardLabel')}
            disabled={cursor < 0 || cursor >= steps.length - 1}
            onClick={actions.onForward}
          >
            →
          </button>
          <button type="button" class="quiet" data-action="export" aria-label={t('panelExportLabel')} title={t('panelExportLabel')} disabled={empty} onClick={actions.onExport}>
            {t('panelExport')}
          </button>
          {confirming ? (
            <span class="confirm" role="group" aria-label={t('panelClearLabel')}>
              <button
                type="button"
                class="danger"
                data-action="clear-confirm"
                onClick={() => {
                  setConfirming(false);
                  actions.onClear();
                }}
              >
                {t('panelClearConfirm')}
              </button>
              <button type="button" data-action="clear-cancel" onClick={() => setConfirming(false)}>
                {t('panelClearCancel')}
              </button>
            </span>
          ) : (
            <button type="button" class="quiet" data-action="clear" aria-label={t('panelClearLabel')} title={t('panelClearLabel')} disabled={empty} onClick={() => setConfirming(true)}>
              {t('panelClear')}
            </button>
          )}
        </div>
      </div>
      {empty ? (
        <p class="none">{t('panelTrailEmpty')}</p>
      ) : (
        <ol class="crumbs">
          {steps.map((s, i) => (
            <li key={s.id} class={i === cursor ? 'crumb current' : 'crumb'} data-symbol={s.symbol} data-how={s.how}>
              <button
                type="button"
                aria-current={i === cursor ? 'step' : undefined}
                aria-label={t('panelStepLabel', i + 1, s.title ? `${documentName(s.symbol, s.title)} — ${s.title}` : documentName(s.symbol))}
                title={`${s.title ?? documentName(s.symbol)} · ${t(`panelHow_${s.how}`)} · ${new Date(s.at).toLocaleString()}`}
                onClick={() => s.id !== undefined && actions.onGo(s.id)}
              >
                {s.symbol.startsWith('unstated:') ? documentName(s.symbol, s.title) : shortSymbol(s.symbol)}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  );
}
