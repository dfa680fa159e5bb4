import { describe, expect, it } from "vitest";
import { TABLE, gaSession } from "./ga-sessions";

describe("gaSession", () => {
  it("table is sorted", () => {
    for (let i = 1; i < TABLE.length; i++) expect(TABLE[i]![0]).toBeGreaterThan(TABLE[i - 1]![0]);
  });
  // Values read in sources (see ga-sessions.ts header).
  it.each([
    [1, "I"], [217, "III"], [377, "V"], [997, "ES-I"], [1003, "ES-I"], [1476, "XV"], [1514, "XV"],
    [1994, "XIX"], [2007, "XIX"], [2008, "XX"], [2132, "XX"], [2181, "XXI"], [2375, "XXII"],
    [3200, "S-VI"], [3201, "S-VI"], [3202, "S-VI"], [3343, "XXIX"], [3361, "S-VII"], [3362, "S-VII"],
    [3380, "XXX"], [3541, "XXX"],
  ] as const)("%i -> %s", (n, s) => expect(gaSession(n)).toBe(s));
  it("out of range", () => {
    expect(gaSession(0)).toBeNull();
    expect(gaSession(3542)).toBeNull();
    expect(gaSession(1.5)).toBeNull();
  });
});
