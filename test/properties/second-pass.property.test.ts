import fc from "fast-check";
import {
  addDays, dec, edate, fromExcelSerial, getProfile, parseIsoDate, rentSubsidy, selfHoldCheck, splitTransferCheck, toExcelSerial, villageSubsidy, villageTransferConsent,
  type Context,
} from "../../policies";

const at = (profile: string): Context => ({ profile: getProfile(profile), asOf: parseIsoDate("2024-03-15") });
const zc = at("zengcheng");
const zs = at("zhongshan");

// Any day from 1950-01-01 to 2090-12-31, as an Excel serial turned into a date.
const anyDay = fc.integer({ min: 18264, max: 69397 }).map((serial) => fromExcelSerial(serial));

describe("RULES.md reading note on “N 年内不得…”: the last day, EDATE(event, 12·N), is inside; the day after is free (properties)", () => {
  test("ZC-SPLIT 三(一)2: a re-transfer through EDATE(registration, 60) is a violation; from the day after it is not", () => {
    fc.assert(
      fc.property(anyDay, fc.integer({ min: -400, max: 400 }), (registered, offset) => {
        const last = edate(registered, 60);
        // Around the boundary: from about a year before the last day to about a year after.
        const transfer = fromExcelSerial(toExcelSerial(last) + offset);
        const locked = splitTransferCheck(zc, { units: [{ areaM2: dec(600), use: "industrial" }], registeredOn: registered, transferOn: transfer }).value.some((f) => f.field === "transfer_on");
        expect(locked).toBe(offset <= 0);
        expect(splitTransferCheck(zc, { units: [{ areaM2: dec(600), use: "industrial" }], registeredOn: registered, transferOn: last }).value.map((f) => f.field)).toEqual(["transfer_on"]);
        expect(splitTransferCheck(zc, { units: [{ areaM2: dec(600), use: "industrial" }], registeredOn: registered, transferOn: addDays(last, 1) }).value).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  test("ZS-SELFHOLD 三(十四): the same reading — EDATE(registration, 60) locked, the day after free", () => {
    const ok = { areaMu: dec(30), renewalType: "industrial" as const, agreedTaxPerMu: dec(30), priorityIndustry: true, selfHeldShare: dec(0.2), roomUnitsM2: [], buyerIsEnterprise: true, resplit: false };
    fc.assert(
      fc.property(anyDay, (registered) => {
        const last = edate(registered, 60);
        expect(selfHoldCheck(zs, { ...ok, registrationDate: registered, transferDate: last }).value.map((f) => f.field)).toEqual(["transfer_date"]);
        expect(selfHoldCheck(zs, { ...ok, registrationDate: registered, transferDate: addDays(last, 1) }).value).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe("ZS-CONSENT 二(十): 2/3 以上 decided exactly (properties)", () => {
  test("ZS-CONSENT 二(十): reached exactly when 3 × consenting ≥ 2 × total, for any village up to a million members", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }).chain((total) => fc.tuple(fc.constant(total), fc.integer({ min: 0, max: total }))), ([total, consenting]) => {
        const reached = villageTransferConsent(zs, { members: { consenting: dec(consenting), total: dec(total) }, households: null }).value;
        expect(reached).toBe(3 * consenting >= 2 * total);
      }),
    );
  });
});

describe("ZC-NOSUPPORT 二(三)7, 二(四)11: a listed firm's reward is 0 whatever the formula gives (properties)", () => {
  const money = fc.integer({ min: 0, max: 1_000_000_000 }).map((n) => dec(n).div(100));
  const listed = fc.constantFrom({ lowEfficiencyListed: true }, { watchListed: true }, { lowEfficiencyListed: true, watchListed: true });

  test("ZC-SUB-RENT / ZC-SUB-VIL: listed → 0; unlisted → the formula's amount, unchanged by absent flags", () => {
    fc.assert(
      fc.property(money, money, fc.integer({ min: 1, max: 3 }), listed, (a, contribution, year, standing) => {
        expect(rentSubsidy(zc, { areaM2: a, months: dec(12), contribution, year, listed: standing }).value.isZero()).toBe(true);
        expect(villageSubsidy(zc, { output: a, contribution, year, listed: standing }).value.isZero()).toBe(true);
        const plain = villageSubsidy(zc, { output: a, contribution, year }).value;
        expect(villageSubsidy(zc, { output: a, contribution, year, listed: { lowEfficiencyListed: false, watchListed: false } }).value.eq(plain)).toBe(true);
      }),
    );
  });
});
