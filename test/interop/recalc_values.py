#!/usr/bin/env python3
"""Reads a workbook back with openpyxl, as another program would, for the recalc interop test.

    /usr/bin/python3 test/interop/recalc_values.py BOOK.xlsx

Prints JSON: per sheet, every cell as stored (formulas as text, data_only=False) and every
cell's cached value (data_only=True), plus the comments, data validations and defined names
openpyxl finds, so the test can tell that recalc changed nothing but the formulas' results.
"""
import json
import sys
import warnings

from openpyxl import load_workbook


def plain(v):
    if v is None or isinstance(v, (bool, int, float, str)):
        return v
    return str(v)


def main(path: str) -> None:
    # openpyxl drops what it cannot model (Excel 365's x14 validations) with a warning: not what this reads.
    warnings.filterwarnings("ignore", category=UserWarning, module="openpyxl")
    stored = load_workbook(path)
    values = load_workbook(path, data_only=True)
    # openpyxl 3.0 (Debian's) keeps a list of names; 3.1 a dict by name.
    names = stored.defined_names
    out = {"sheets": {}, "names": sorted(names.keys() if hasattr(names, "keys") else (d.name for d in names.definedName))}
    for ws in stored.worksheets:
        wv = values[ws.title]
        cells, cached, comments = {}, {}, {}
        for row in ws.iter_rows():
            for c in row:
                if c.value is not None:
                    cells[c.coordinate] = plain(c.value)
                    cached[c.coordinate] = plain(wv[c.coordinate].value)
                if c.comment is not None:
                    comments[c.coordinate] = c.comment.text
        out["sheets"][ws.title] = {
            "cells": cells,
            "cached": cached,
            "comments": comments,
            "validations": sorted(str(dv.sqref) for dv in ws.data_validations.dataValidation),
            "merged": sorted(str(m) for m in ws.merged_cells.ranges),
        }
    json.dump(out, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main(sys.argv[1])
