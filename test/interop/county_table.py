#!/usr/bin/env python3
"""A county's enterprise list kept as an Excel table (插入 → 表格 / Format as Table), written with
openpyxl (not by this project's generator).

    /usr/bin/python3 test/interop/county_table.py OUT.xlsx

One flat header row over the 14 firms of county_workbook.py, the range an Excel table
(xl/tables/table1.xml, 企业名录表, with its style and header filter buttons), and no notes at all:
a mark has to create the sheet's notes parts, and clearing the marks has to take them away again.
"""
import sys

from openpyxl import Workbook
from openpyxl.worksheet.table import Table, TableStyleInfo

from county_workbook import FIRMS, ZONES

HEADERS = ["企业名称", "统一社会信用代码", "所在区域", "用地面积（亩）", "工业总产值（万元）", "主营业务收入（万元）", "实缴税金（万元）",
           "研发费用（万元）", "技改投资（万元）", "综合能耗（吨标煤）", "各级各类认定（项）", "数据状态"]


def build(path: str) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "企业名录"
    ws.append(HEADERS)
    zones = [zone for zone, count in ZONES for _ in range(count)]
    for (name, code, area, output, tax, rd, retrofit, energy, certs, status), zone in zip(FIRMS, zones):
        ws.append([name, code, zone, area, output, round(output * 0.96, 1), tax, rd, retrofit, energy, certs, status])
    table = Table(displayName="企业名录表", ref=f"A1:L{len(FIRMS) + 1}")
    table.tableStyleInfo = TableStyleInfo(name="TableStyleMedium2", showRowStripes=True)
    ws.add_table(table)
    wb.properties.creator = "增城区工业和信息化局"
    wb.save(path)


if __name__ == "__main__":
    build(sys.argv[1])
