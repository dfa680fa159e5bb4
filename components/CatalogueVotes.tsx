/**
 * The vote by State of a catalogue record, on demand (side panel): grouped Yes / No / Abstain /
 * non-voting, with "my delegation" chosen from the States and highlighted where it stands.
 * Data and callbacks in; no browser calls.
 */
import { useState } from 'preact/hooks';
import type { VoteGroups } from '@/lib/index/view';
import { t } from '@/lib/i18n/t';

export interface CatalogueVotesProps {
  symbol: string;
  load: () => Promise<VoteGroups | undefined>;
  delegation?: string;
  onDelegation: (state: string | undefined) => void;
}

const GROUPS = [
  ['yes', 'catVotesYes'],
  ['no', 'catVotesNo'],
  ['abstain', 'catVotesAbstain'],
  ['nonVoting', 'catVotesNonVoting'],
] as const;

export function CatalogueVotes({ symbol, load, delegation, onDelegation }: CatalogueVotesProps) {
  const [votes, setVotes] = useState<VoteGroups | null>(null);
  const [error, setError] = useState('');
  if (!votes)
    return (
      <section class="cat-votes" data-votes={symbol}>
        <button
          type="button"
          onClick={() =>
            void load().then(
              (v) => (v ? setVotes(v) : setError('—')),
              (e: unknown) => setError(e instanceof Error ? e.message : String(e)),
            )
          }
        >
          {t('catShowVotes')}
        </button>
        {error && <p class="error">{error}</p>}
      </section>
    );
  const all = [...votes.yes, ...votes.no, ...votes.abstain, ...votes.nonVoting].sort();
  const mine = delegation ? GROUPS.find(([g]) => votes[g].includes(delegation)) : undefined;
  return (
    <section class="cat-votes" data-votes={symbol}>
      <h3>{t('catVotes')}</h3>
      <label>
        {t('catMyDelegation')}{' '}
        <select value={delegation ?? ''} onChange={(e) => onDelegation((e.currentTarget as HTMLSelectElement).value || undefined)}>
          <option value="">{t('catMyDelegationNone')}</option>
          {all.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {delegation && mine && (
        <p class="cat-mine" data-mine={mine[0]}>
          {t('catMyDelegationVoted', delegation, t(mine[1], votes[mine[0]].length).replace(/\s*[（(].*$/, ''))}
        </p>
      )}
      {GROUPS.map(([g, key]) =>
        votes[g].length ? (
          <details key={g} data-group={g} open={g !== 'yes' || votes.yes.length <= 20}>
            <summary>{t(key, votes[g].length)}</summary>
            <ul lang="en">
              {votes[g].map((s) => (
                <li key={s} class={s === delegation ? 'mine' : undefined} aria-current={s === delegation ? 'true' : undefined}>
                  {s}
                </li>
              ))}
            </ul>
          </details>
        ) : null,
      )}
    </section>
  );
}
