import { afterAll, expect, it } from 'vitest';
import { LensDB } from './db';
import { getDelegation, setDelegation } from './delegation';

const db = new LensDB('delegation-test');
afterAll(() => db.delete());

it('stores, reads and clears the chosen delegation', async () => {
  expect(await getDelegation(db)).toBeUndefined();
  await setDelegation(db, 'CHINA');
  expect(await getDelegation(db)).toBe('CHINA');
  await setDelegation(db, undefined);
  expect(await getDelegation(db)).toBeUndefined();
  await db.settings.put({ key: 'myDelegation', value: 42 });
  expect(await getDelegation(db)).toBeUndefined();
});
