// The LAND.* functions, one module each, listed once here. LAND.EXPLAIN, which explains them all,
// is added by functions/descriptors.ts. To add a function: write its module in this folder
// (functions/README.md says how) and add it to this list; a test fails for a module left out.
import type { FunctionSpec } from "../spec";
import ancillaryeligible from "./ancillaryeligible";
import bidcap from "./bidcap";
import breachpenalty from "./breachpenalty";
import buildmonths from "./buildmonths";
import buyback from "./buyback";
import clusterok from "./clusterok";
import compcap from "./compcap";
import compclass from "./compclass";
import compensation from "./compensation";
import consolreward from "./consolreward";
import farbonus from "./farbonus";
import gggok from "./gggok";
import idlefee from "./idlefee";
import idlestatus from "./idlestatus";
import interestsubsidy from "./interestsubsidy";
import leaseprice from "./leaseprice";
import loweff from "./loweff";
import maystay from "./maystay";
import mergeok from "./mergeok";
import mergeterm from "./mergeterm";
import micromortgageok from "./micromortgageok";
import microparkok from "./microparkok";
import minfar from "./minfar";
import mintax from "./mintax";
import mixedok from "./mixedok";
import mortgagecap from "./mortgagecap";
import mu from "./mu";
import nexteval from "./nexteval";
import pilot from "./pilot";
import preempt from "./preempt";
import prefab from "./prefab";
import reclaimquota from "./reclaimquota";
import rectify from "./rectify";
import relocmin from "./relocmin";
import renewalfund from "./renewalfund";
import reserve from "./reserve";
import score from "./score";
import selfholdeligible from "./selfholdeligible";
import splitok from "./splitok";
import status from "./status";
import subsidy from "./subsidy";
import supplyok from "./supplyok";
import swapdiff from "./swapdiff";
import targetsmet from "./targetsmet";
import terminable from "./terminable";
import tier from "./tier";
import tiers from "./tiers";
import unitok from "./unitok";
import upgradeok from "./upgradeok";
// The second pass of RULES.md and the rules no formula reached before (NEWRULES).
import builddeadline from "./builddeadline";
import clawback from "./clawback";
import consentok from "./consentok";
import evalscope from "./evalscope";
import keptbuildingok from "./keptbuildingok";
import laterectify from "./laterectify";
import legacysale from "./legacysale";
import listedsubsidy from "./listedsubsidy";
import planok from "./planok";
import planvalidto from "./planvalidto";
import rectifydealok from "./rectifydealok";
import relocareaok from "./relocareaok";
import startok from "./startok";
import buybackok from "./buybackok";
import commitend from "./commitend";
import compmoney from "./compmoney";
import idleexcused from "./idleexcused";
import reserveabout from "./reserveabout";
import swapfloorok from "./swapfloorok";
import schemescores from "./schemescores";
import schemetiers from "./schemetiers";
import schemescore from "./schemescore";

/** In the order of the reference and the metadata: FUNCTIONS.md's pinned set first, LAND.STATUS last. */
export const LAND_FUNCTIONS: readonly FunctionSpec[] = [
  tier, tiers, score, idlefee, breachpenalty, subsidy, mintax, leaseprice, buildmonths, compensation,
  compclass, mu, idlestatus, terminable, buyback, bidcap, nexteval, preempt, clusterok, mortgagecap, rectify,
  pilot, loweff, gggok, splitok, selfholdeligible, swapdiff, compcap, consolreward, unitok, interestsubsidy,
  ancillaryeligible, prefab, minfar, mergeterm, targetsmet, reserve, maystay, upgradeok, mixedok,
  microparkok, micromortgageok, relocmin, farbonus, supplyok, reclaimquota, mergeok, renewalfund,
  clawback, startok, builddeadline, evalscope, listedsubsidy, rectifydealok, laterectify, planvalidto, planok,
  consentok, relocareaok, legacysale, keptbuildingok, compmoney, buybackok, idleexcused, commitend, swapfloorok,
  reserveabout, schemescores, schemetiers, schemescore, status,
];
