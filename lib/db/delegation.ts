/**
 * The "my delegation" setting: the State whose vote the side panel highlights in a catalogue
 * record's vote by State (settings row 'myDelegation', a State name as the catalogue writes it).
 */
import type { LensDB } from './db';

export const DELEGATION_KEY = 'myDelegation';

/** The chosen State, or undefined when none is set. */
export async function getDelegation(db: LensDB): Promise<string | undefined> {
  const row = await db.settings.get(DELEGATION_KEY);
  return typeof row?.value === 'string' && row.value.length > 0 && row.value.length <= 80 ? row.value : undefined;
}

/** Sets (or with undefined, clears) the chosen State. */
export async function setDelegation(db: LensDB, state: string | undefined): Promise<void> {
  if (state && state.length <= 80) await db.settings.put({ key: DELEGATION_KEY, value: state });
  else await db.settings.delete(DELEGATION_KEY);
}
