// The Human Rights Council's session years against the Assembly's (council-years.ts).
import { describe, expect, it } from 'vitest';
import { assemblySatIn, councilSessionYear, councilYearMayDecide, yearSaysCouncil } from './council-years';

describe('the Human Rights Council’s session years', () => {
  it.each([
    [1, 2006],
    [3, 2006],
    [4, 2007],
    [31, 2016],
    [32, 2016],
    [45, 2020],
    [46, 2021],
    [58, 2025],
  ])('session %i sat in %i', (n, year) => {
    expect(councilSessionYear(n)).toBe(year);
  });

  it('has no year for a session it has not reached', () => {
    expect(councilSessionYear(0)).toBeNull();
    expect(councilSessionYear(63)).toBeNull();
  });
});

describe('a year that says a session/number is the Council’s', () => {
  it('is the Council’s year for the session and none of the Assembly’s', () => {
    expect(yearSaysCouncil(32, 2016)).toBe(true);
    expect(yearSaysCouncil(45, 2020)).toBe(true);
    expect(yearSaysCouncil(32, 1977)).toBe(false);
    expect(yearSaysCouncil(32, 2017)).toBe(false);
    expect(yearSaysCouncil(61, 2026)).toBe(true);
    // The Assembly's 61st session sat in 2006-2007: those years say nothing for the Council.
    expect(yearSaysCouncil(61, 2007)).toBe(false);
    // A year to come is no session's.
    expect(yearSaysCouncil(62, 2026)).toBe(true);
    expect(yearSaysCouncil(63, 2026)).toBe(false);
  });
});

describe('the Assembly’s session years', () => {
  it('are the year its session opened and the next', () => {
    expect(assemblySatIn(60, 2005)).toBe(true);
    expect(assemblySatIn(60, 2006)).toBe(true);
    expect(assemblySatIn(60, 2007)).toBe(false);
    expect(assemblySatIn(60, 2004)).toBe(false);
  });
});

describe('when a year may make a session/number the Council’s', () => {
  it('only with no body at the citation, on the Council’s page or none, read first as bodiless or the page’s Assembly', () => {
    expect(councilYearMayDecide(32, { type: 'res' }, undefined, false)).toBe(true);
    expect(councilYearMayDecide(32, { type: 'res', body: 'A', bodyFromPage: true }, 'A/HRC', false)).toBe(true);
    expect(councilYearMayDecide(32, { type: 'res' }, undefined, true)).toBe(false);
    expect(councilYearMayDecide(32, { type: 'res' }, 'A', false)).toBe(false);
    expect(councilYearMayDecide(32, { type: 'res', body: 'A' }, undefined, false)).toBe(false);
    expect(councilYearMayDecide(32, { type: 'res', body: 'UNEA', bodyFromPage: true }, undefined, false)).toBe(false);
    expect(councilYearMayDecide(32, undefined, undefined, false)).toBe(false);
  });

  it('only for a session the Council has held: a year cannot make 63/1 or 78/112 its', () => {
    expect(councilYearMayDecide(62, { type: 'res' }, undefined, false)).toBe(true);
    expect(councilYearMayDecide(63, { type: 'res' }, undefined, false)).toBe(false);
    expect(councilYearMayDecide(78, { type: 'res' }, 'A/HRC', false)).toBe(false);
  });
});
