import { bidPriceCap, bidWinner, commitmentPeriodEnd, type Bid } from "../../policies";
import { at, d, day, ruleErrorOf } from "./wz-zs-helpers";

const wz = at("wenzhou");
const bid = (bidder: string, price: number, tax: number | null = null): Bid => ({ bidder, price: d(price), committedTaxPerMu: tax === null ? null : d(tax) });

describe("WZ-BID 三(三)7 tax-commitment auction", () => {
  test("WZ-BID 三(三)7: 上浮最高不超过起拍地价20%: starting 1000 万元 → cap 1200; 833.5 → 1000.2", () => {
    expect(bidPriceCap(wz, d(1000)).value.toFixed()).toBe("1200");
    expect(bidPriceCap(wz, d(833.5)).value.toFixed()).toBe("1000.2");
  });

  test("WZ-BID 三(三)7: no bid reaches the cap → the highest land price wins", () => {
    const r = bidWinner(wz, { startingPrice: d(1000), bids: [bid("甲", 1100), bid("乙", 1150), bid("丙", 1000)], taxFloor: null });
    expect(r.value).toMatchObject({ phase: "price", winner: "乙", tied: [] });
    expect(r.value.cap.toFixed()).toBe("1200");
  });

  test("WZ-BID 三(三)7: 竞价达到封顶地价 → the highest committed 亩均税收 among bids at the cap wins (最高出价者为中标单位)", () => {
    const r = bidWinner(wz, { startingPrice: d(1000), bids: [bid("甲", 1200, 45), bid("乙", 1200, 52.5), bid("丙", 1190, 80)], taxFloor: null });
    expect(r.value).toMatchObject({ phase: "tax", winner: "乙", tied: [] });
  });

  test("WZ-BID 三(三)7: a price above the cap is not a valid bid → #NUM! naming the bid", () => {
    const e = ruleErrorOf(() => bidWinner(wz, { startingPrice: d(1000), bids: [bid("甲", 1100), bid("乙", 1200.01)], taxFloor: null }));
    expect([e.kind, e.argument]).toEqual(["num", "bids[2]"]);
    expect(e.zh).toContain("20%");
  });

  test("WZ-BID 三(三)7: a bid at the cap without a committed 亩均税收 → #VALUE!", () => {
    const e = ruleErrorOf(() => bidWinner(wz, { startingPrice: d(1000), bids: [bid("甲", 1200)], taxFloor: null }));
    expect([e.kind, e.argument]).toEqual(["value", "bids"]);
  });

  test("WZ-BID 三(三)7: tied best commitments → no winner, the tied bidders listed (the clause sets no tie-break)", () => {
    const r = bidWinner(wz, { startingPrice: d(1000), bids: [bid("甲", 1200, 60), bid("乙", 1200, 60), bid("丙", 1200, 59)], taxFloor: null });
    expect(r.value).toMatchObject({ winner: null, tied: ["甲", "乙"] });
  });

  test("WZ-BID 三(三)7: 亩均税收底线: commitments below the floor are not valid; the floor itself is", () => {
    const r = bidWinner(wz, { startingPrice: d(1000), bids: [bid("甲", 1200, 29.9), bid("乙", 1200, 30)], taxFloor: d(30) });
    expect(r.value.winner).toBe("乙");
    const none = bidWinner(wz, { startingPrice: d(1000), bids: [bid("甲", 1200, 29.9)], taxFloor: d(30) });
    expect(none.value).toMatchObject({ winner: null, tied: [] });
  });

  test("WZ-BID: no bids, or a starting price of 0, is out of domain", () => {
    expect(ruleErrorOf(() => bidWinner(wz, { startingPrice: d(1000), bids: [], taxFloor: null })).argument).toBe("bids");
    expect(ruleErrorOf(() => bidPriceCap(wz, d(0))).argument).toBe("starting_price");
  });

  test("WZ-BID 三(三)7: 达产后一定期限（一般为5年）: production 2024-02-29 → commitment runs to EDATE(+60) = 2029-02-28", () => {
    expect(commitmentPeriodEnd(wz, day("2024-02-29")).value).toBe("2029-02-28");
    expect(commitmentPeriodEnd(wz, day("2024-02-29"), d(8)).value).toBe("2032-02-29");
    expect(ruleErrorOf(() => commitmentPeriodEnd(wz, day("2024-02-29"), d(2.5))).kind).toBe("num");
  });
});
