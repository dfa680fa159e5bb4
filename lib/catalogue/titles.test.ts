import { expect, it } from 'vitest';
import { cleanTitle } from './titles';

it.each([
  ['Eradicating rural poverty to implement the 2030 Agenda for Sustainable Development : resolution / adopted by the General Assembly', 'Eradicating rural poverty to implement the 2030 Agenda for Sustainable Development'],
  ['Question of Cyprus : resolution /  adopted by the General Assembly', 'Question of Cyprus'], // double space
  ['Question of Namibia : resolution / adopted by the General Assemly', 'Question of Namibia'], // typo
  ['Question of Namibia : resolution / adopted by the General Assembly.', 'Question of Namibia'], // trailing dot
  // A decision among the voted resolutions (A/DEC/80/506).
  ['Endorsement of the New York Declaration on the Peaceful Settlement of the Question of Palestine : decision / adopted by the General Assembly', 'Endorsement of the New York Declaration on the Peaceful Settlement of the Question of Palestine'],
  ['Assistance to Palestine refugees : resolutions / adopted by the General Assembly', 'Assistance to Palestine refugees'],
  ['Question of Korea : resolution / by the General Assembly', 'Question of Korea'],
  ['Question of Korea : resolution adopted by the General Assembly', 'Question of Korea'],
  ['Budget : resolultion / adopted by the General Assembly', 'Budget'],
  ['Arms negotiations resolutio / adopted by the General Assembly', 'Arms negotiations'],
  ['Question of Antarctica', 'Question of Antarctica'], // no boilerplate: kept
  [
    'Security Council resolution 2334 (2016) [on cessation of Israeli settlement activities in the Occupied Palestinian Territory, including East Jerusalem]',
    'Cessation of Israeli settlement activities in the Occupied Palestinian Territory, including East Jerusalem',
  ],
  ['Security Council resolution 1 (1946) [on establishment of the Military Staff Committee]', 'Establishment of the Military Staff Committee'],
  ['Security Council resolution 2798 (2025)', undefined],
])('%s', (raw, want) => expect(cleanTitle(raw)).toBe(want));
