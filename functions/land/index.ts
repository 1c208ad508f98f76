// The LAND.* functions, one module each, listed once here (LAND.EXPLAIN, which explains them
// all, is added by functions/descriptors.ts). To add a function: write its module in this
// folder (see functions/README.md) and add it to this list; a test fails for a module left out.
import type { FunctionSpec } from "../spec";
import breachpenalty from "./breachpenalty";
import buildmonths from "./buildmonths";
import compclass from "./compclass";
import compensation from "./compensation";
import idlefee from "./idlefee";
import leaseprice from "./leaseprice";
import mintax from "./mintax";
import mu from "./mu";
import score from "./score";
import status from "./status";
import subsidy from "./subsidy";
import tier from "./tier";
import tiers from "./tiers";

/** The pinned functions of FUNCTIONS.md first, in its order. */
export const PINNED_FUNCTIONS: readonly FunctionSpec[] = [tier, tiers, score, idlefee, breachpenalty, subsidy, mintax, leaseprice, buildmonths, compensation, compclass, mu];

export const STATUS_FUNCTION = status;
