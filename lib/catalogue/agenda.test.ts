import { expect, it } from 'vitest';
import { parseAgenda } from './agenda';

it.each([
  ['', []],
  [
    'A/78/251 21b Eradicating rural poverty to implement the 2030 Agenda for Sustainable Development. RURAL POVERTY',
    [{ doc: 'A/78/251', item: '21b', words: 'Eradicating rural poverty to implement the 2030 Agenda for Sustainable Development', subject: 'RURAL POVERTY' }],
  ],
  [
    'S/71 [53] TERRITORIES OCCUPIED BY ISRAEL || S/71 [50] PALESTINE QUESTION',
    [
      { item: '53', subject: 'TERRITORIES OCCUPIED BY ISRAEL' },
      { item: '50', subject: 'PALESTINE QUESTION' },
    ],
  ],
  ['S/78 [219] LIBYA SITUATION || S/ X The situation in Libya.', [{ item: '219', subject: 'LIBYA SITUATION' }, { words: 'The situation in Libya' }]],
  ['A/3680 25 Admission of new Members to the United Nations.', [{ doc: 'A/3680', item: '25', words: 'Admission of new Members to the United Nations' }]],
  [
    'A/39/251 12 Report of the Economic and Social Council. UN. ECONOMIC AND SOCIAL COUNCIL--REPORTS (1984)',
    [{ doc: 'A/39/251', item: '12', words: 'Report of the Economic and Social Council', subject: 'UN. ECONOMIC AND SOCIAL COUNCIL--REPORTS (1984)' }],
  ],
  ['A/58/251 117b[3] RELIGIOUS INTOLERANCE', [{ doc: 'A/58/251', item: '117b[3]', subject: 'RELIGIOUS INTOLERANCE' }]],
])('%s', (cell, want) => expect(parseAgenda(cell)).toEqual(want));
