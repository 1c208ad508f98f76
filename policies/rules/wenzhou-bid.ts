import { dec, Dec, decMax, decShown } from "../engine/decimal";
import { edate, type IsoDate } from "../engine/dates";
import { numError, valueError } from "../engine/errors";
import { requireNonNegative, requirePositive, requireWhole } from "../engine/checks";
import { Evaluation, type Context, type RuleResult } from "../engine/evaluation";
import { BID } from "../catalogue/concepts";

// 温州 三(三)7: land price first, capped at the starting price + 20%; at the cap, committed 亩均税收.

/** 三(三)7: 封顶地价 = starting price × (1 + 20%) (上浮最高不超过起拍地价20%). */
export function bidPriceCap(ctx: Context, startingPrice: Dec): RuleResult<Dec> {
  const ev = new Evaluation(ctx, BID).input("starting_price", startingPrice);
  return ev.done(capOf(ev, startingPrice));
}

function capOf(ev: Evaluation, startingPrice: Dec): Dec {
  requirePositive(startingPrice, "starting_price");
  const cap = startingPrice.times(dec(1).plus(ev.num("maxMarkup")));
  ev.decide(`cap = ${startingPrice.toFixed()} × (1 + ${ev.num("maxMarkup").toFixed()}) = ${cap.toFixed()}`);
  return cap;
}

export interface Bid {
  bidder: string;
  /** Land price bid, 万元. */
  price: Dec;
  /** Committed 亩均税收, 万元/亩; needed once the price reaches the cap. */
  committedTaxPerMu: Dec | null;
}

export interface BidInput {
  startingPrice: Dec;
  bids: readonly Bid[];
  /** 亩均税收底线 set before the auction, 万元/亩; commitments below it are not valid. */
  taxFloor: Dec | null;
}

export interface BidOutcome {
  cap: Dec;
  /** "price": no bid reached the cap, highest price wins; "tax": at the cap, highest commitment wins. */
  phase: "price" | "tax";
  /** null when nobody qualifies or the best bids tie (the clause sets no tie-break). */
  winner: string | null;
  /** Bidders sharing the best bid when it is tied. */
  tied: string[];
}

function best<T extends { bidder: string }>(bids: readonly T[], key: (b: T) => Dec): { winner: string | null; tied: string[] } {
  if (bids.length === 0) return { winner: null, tied: [] };
  const top = decMax(...bids.map(key));
  const atTop = bids.filter((b) => key(b).eq(top)).map((b) => b.bidder);
  return atTop.length === 1 ? { winner: atTop[0]!, tied: [] } : { winner: null, tied: atTop };
}

/** 三(三)7: price bids up to the cap; once the cap is reached, the highest committed 亩均税收 wins (最高出价者为中标单位). */
export function bidWinner(ctx: Context, input: BidInput): RuleResult<BidOutcome> {
  const ev = new Evaluation(ctx, BID)
    .input("starting_price", input.startingPrice)
    .input("bids", input.bids.map((b) => `${b.bidder}: ${b.price.toFixed()}${b.committedTaxPerMu ? ` / ${b.committedTaxPerMu.toFixed()}` : ""}`).join("; "))
    .input("tax_floor", input.taxFloor);
  const cap = capOf(ev, input.startingPrice);
  if (input.bids.length === 0) throw numError("bids", "没有报价", "there are no bids");
  if (input.taxFloor) requireNonNegative(input.taxFloor, "tax_floor");
  input.bids.forEach((b, i) => {
    requireNonNegative(b.price, `bids[${i + 1}]`);
    if (b.price.gt(cap))
      throw numError(`bids[${i + 1}]`, `${b.bidder} 报价 ${decShown(b.price, Dec.ROUND_CEIL)} 超过封顶地价 ${decShown(cap, Dec.ROUND_FLOOR)}（上浮最高不超过 20%）`, `${b.bidder}'s bid ${decShown(b.price, Dec.ROUND_CEIL)} exceeds the cap ${decShown(cap, Dec.ROUND_FLOOR)} (at most 20% above the starting price)`);
  });
  const atCap = input.bids.filter((b) => b.price.eq(cap));
  if (atCap.length === 0) {
    ev.decide("no bid reached the cap → highest land price wins");
    return ev.done({ cap, phase: "price", ...best(input.bids, (b) => b.price) });
  }
  const commitments = atCap.map((b) => {
    if (b.committedTaxPerMu === null)
      throw valueError("bids", `${b.bidder} 报价已达封顶地价，须报承诺亩均税收`, `${b.bidder} reached the cap and must bid a committed tax per mu`);
    return { ...b, committedTaxPerMu: requireNonNegative(b.committedTaxPerMu, "bids") };
  });
  const floor = input.taxFloor;
  const valid = floor ? commitments.filter((b) => b.committedTaxPerMu.gte(floor)) : commitments;
  ev.decide(`${atCap.length} bid(s) at the cap → highest committed 亩均税收 wins${floor ? ` (${commitments.length - valid.length} below the floor ${floor.toFixed()})` : ""}`);
  return ev.done({ cap, phase: "tax", ...best(valid, (b) => b.committedTaxPerMu) });
}

/** 三(三)7: the committed 亩均税收 runs for a period after reaching production, 一般 5 years: EDATE(production, 12·years). */
export function commitmentPeriodEnd(ctx: Context, productionDate: IsoDate, years: Dec | null = null): RuleResult<IsoDate> {
  const ev = new Evaluation(ctx, BID).input("production_date", productionDate).input("years", years);
  const n = years ?? ev.num("commitmentYears");
  requireWhole(requirePositive(n, "years"), "years");
  const end = edate(productionDate, n.times(12).toNumber());
  ev.decide(`EDATE(${productionDate}, 12 × ${n.toFixed()}) = ${end}${years ? " (contract term)" : " (一般 5 年)"}`);
  return ev.done(end);
}
