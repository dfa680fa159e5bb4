import { describe, expect, it } from "vitest";
import { FIRST, FIRST_YEAR, MAX_NUMBER, scFits, scYear } from "./sc-years";

describe("FIRST table shape", () => {
  it("has one strictly increasing entry per year 1946-2026", () => {
    expect(FIRST_YEAR).toBe(1946);
    expect(FIRST.length).toBe(2026 - 1946 + 1);
    for (let i = 1; i < FIRST.length; i++) expect(FIRST[i]!).toBeGreaterThan(FIRST[i - 1]!);
  });
});

// Each pair is a year boundary confirmed from a public source: the last resolution of one
// year and the first of the next.
const boundaries: Array<[last: number, first: number, year: number, source: string]> = [
  // 15 = 19 Dec 1946, 16 = 10 Jan 1947: en.wikipedia.org/wiki/United_Nations_Security_Council_Resolution_16
  [15, 16, 1947, "en.wikipedia Resolution 15 / 16"],
  // 37 = 9 Dec 1947 (en.wikisource Resolution 37); 38 = 17 Jan 1948 (cited in resolution 51 (1948))
  [37, 38, 1948, "en.wikisource Resolution 37; resolution 51 (1948) text"],
  // 89 = 17 Nov 1950 (last of 1950); 90 = 31 Jan 1951, first in the UN 1951 compilation
  // (nicolasklotz.de/ma-thesis/LLM/data/figure1/RES-txt/00091.txt)
  [89, 90, 1951, "fr.wikipedia Résolution 89; UN 'Resolutions and decisions 1951'"],
  // 105 (1954) / 106 = 29 Mar 1955, first in the 1955 compilation (RES-txt/00106.txt)
  [105, 106, 1955, "UN 'Resolutions and decisions 1955'"],
  // 110 (1955) / 111 = 19 Jan 1956, first in the 1956 compilation (RES-txt/00111.txt)
  [110, 111, 1956, "UN 'Resolutions and decisions 1956'"],
  // 121 = 12 Dec 1956, Japan admission (es.wikipedia Resolución 121; unmultimedia.org 756th meeting);
  // 122 = 24 Jan 1957 (unscr.com/en/resolutions/122)
  [121, 122, 1957, "Resolution 121 article; unscr.com 122"],
  // 132 is the only resolution of 1959 (en.wikipedia Resolution 132); 133 = 26 Jan 1960 (de.wikipedia)
  [132, 133, 1960, "en.wikipedia Resolution 132; de.wikipedia Resolution 133"],
  // 160 = 7 Oct 1960, Nigeria admission (de.wikipedia Resolution 160); 161 = 21 Feb 1961 (ja.wikipedia 161)
  [160, 161, 1961, "de.wikipedia Resolution 160; ja.wikipedia 161"],
  // 170 = 14 Dec 1961, Tanganyika admission (ja.wikipedia 170); 171 = 9 Apr 1962 (refworld S/RES/171)
  [170, 171, 1962, "ja.wikipedia 170; refworld S/RES/171 (1962)"],
  // 275 = 22 Dec 1969 (en.wikisource); 276 = 30 Jan 1970, first of 1970 (RES-txt/00276.txt)
  [275, 276, 1970, "en.wikisource Resolution 275; UN 'Resolutions and decisions 1970'"],
  // 291 = 10 Dec 1970 (cited in the 1971 compilation, docslib.org/download/10855971);
  // 292 = 10 Feb 1971, Bhutan admission (ru.wikipedia mirror, wiki7.org)
  [291, 292, 1971, "UN 'Resolutions and decisions 1971'; Resolution 292 article"],
  // 324 = 12 Dec 1972 (en.wikipedia Resolution 324 mirror); 325 = 26 Jan 1973
  // (refworld.org S/RES/325 (1973))
  [324, 325, 1973, "refworld S/RES/325 (1973)"],
  // 443 = 14 Dec 1978, last of 1978 (nl.wikipedia); 444 = 19 Jan 1979
  [443, 444, 1979, "nl.wikipedia Resolutie 443 / 444"],
  // 725 = 31 Dec 1991 (en.wikipedia Resolution 725); 726 = 6 Jan 1992
  [725, 726, 1992, "en.wikipedia Resolution 725 / 726"],
  // 892 = 22 Dec 1993 (unscr.com/en/resolutions/892); 893 = 6 Jan 1994
  [892, 893, 1994, "unscr.com 892 / 893"],
  // 969 = 21 Dec 1994 (en.wikisource); 970 = 12 Jan 1995 (ohr.int)
  [969, 970, 1995, "en.wikisource Resolution 969; ohr.int Resolution 970"],
  // 1092 = 23 Dec 1996; 1093 = 14 Jan 1997 (fr.wikipedia Résolution 1093)
  [1092, 1093, 1997, "wikipedia Resolution 1092 / 1093"],
  // 1219 = 31 Dec 1998; 1220 = 12 Jan 1999 (en.wikipedia Resolution 1220)
  [1219, 1220, 1999, "en.wikipedia Resolution 1219 / 1220"],
  // 1386 = 20 Dec 2001, final of 2001; 1387 = 15 Jan 2002, first of 2002 (en.wikipedia)
  [1386, 1387, 2002, "en.wikipedia Resolution 1386 / 1387"],
  // 1521 = 22 Dec 2003, final of 2003 (en.wikipedia); 1522 = 15 Jan 2004 (press.un.org SC/8293)
  [1521, 1522, 2004, "en.wikipedia Resolution 1521; press.un.org SC/8293"],
  // 1907 = 23 Dec 2009; 1908 = 19 Jan 2010 (press.un.org SC/9847)
  [1907, 1908, 2010, "press.un.org SC/9847"],
  // 2259 = 23 Dec 2015, last of 64 in 2015 (press.un.org SC/12206);
  // 77 resolutions in 2016 ending with 2336 on 31 Dec 2016 (press.un.org SC/12680) => 2260..2336
  [2259, 2260, 2016, "press.un.org SC/12206, SC/12680"],
  // 2451 (2018); 2452 = 16 Jan 2019 (press.un.org SC/13664)
  [2451, 2452, 2019, "press.un.org SC/13664"],
  // 2502 = 19 Dec 2019; 2504 = 10 Jan 2020; 52 resolutions in 2019 (press.un.org SC/14073)
  [2503, 2504, 2020, "press.un.org SC/14073; UN multimedia Resolution 2504"],
  // 50 resolutions in 2023 (press.un.org SC/15558) => 2672..2721; 2722 = 10 Jan 2024 (SC/15561)
  [2721, 2722, 2024, "press.un.org SC/15558, SC/15561"],
];

describe("scYear at confirmed year boundaries", () => {
  for (const [last, first, year, source] of boundaries) {
    it(`${last} is ${year - 1} and ${first} is ${year} (${source})`, () => {
      expect(scYear(last)).toBe(year - 1);
      expect(scYear(first)).toBe(year);
      expect(FIRST[year - FIRST_YEAR]).toBe(first);
    });
  }

  // 2265 and 2266 were both adopted in 2016 (2260..2336, press.un.org SC/12680).
  it("2265 and 2266 are 2016", () => {
    expect(scYear(2265)).toBe(2016);
    expect(scYear(2266)).toBe(2016);
  });

  // 500 = 28 Jan 1982: en.wikipedia "List of United Nations Security Council Resolutions 401 to
  // 500" (adopted between 14 December 1976 and 28 January 1982). 499's date is unverified.
  it("500 is 1982", () => {
    expect(scYear(500)).toBe(1982);
  });

  // 2802 (2025) = UNISFA renewal, November 2025 (press.un.org meetings coverage).
  it("2802 is 2025", () => {
    expect(scYear(2802)).toBe(2025);
  });

  it("rejects out-of-range numbers", () => {
    expect(scYear(0)).toBeNull();
    expect(scYear(1.5)).toBeNull();
    expect(scYear(MAX_NUMBER + 1)).toBeNull();
  });
});

describe("scFits", () => {
  it("accepts confirmed citations and rejects far-off years", () => {
    expect(scFits(2266, 2016)).toBe(true);
    expect(scFits(1387, 2002)).toBe(true);
    expect(scFits(325, 1973)).toBe(true);
    expect(scFits(2266, 2010)).toBe(false);
  });
});
