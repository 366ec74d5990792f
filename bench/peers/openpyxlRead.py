"""The openpyxl peer of the .xlsx read comparison (bench/readers.ts), run with Debian's
/usr/bin/python3 (python3-openpyxl): read-only mode, cached values rather than formulas, every row of
every sheet into a list of lists, as the other readers build 2D arrays.

Usage: /usr/bin/python3 bench/peers/openpyxlRead.py FILE
Prints one JSON line: {"ms": wall time of the read, "peakMB": peak resident memory of the process
(getrusage's ru_maxrss, KB on Linux), "cells": non-empty cells read, "sheets": sheets read}.
"""
import json
import resource
import sys
import time

from openpyxl import load_workbook


def main(path):
    t0 = time.perf_counter()
    wb = load_workbook(path, read_only=True, data_only=True)
    sheets = []
    for ws in wb.worksheets:
        sheets.append([list(row) for row in ws.iter_rows(values_only=True)])
    wb.close()
    ms = (time.perf_counter() - t0) * 1000
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    cells = sum(1 for rows in sheets for row in rows for v in row if v is not None and v != "")
    print(json.dumps({"ms": round(ms), "peakMB": round(peak_mb), "cells": cells, "sheets": len(sheets)}))


if __name__ == "__main__":
    main(sys.argv[1])
