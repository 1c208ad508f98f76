#!/usr/bin/env python3
"""A county analyst's enterprise workbook, written with openpyxl (not by this project's generator).

    /usr/bin/python3 test/interop/county_workbook.py OUT.xlsx

What real county sheets have (WORKBOOK.md v2): a merged title and a note line above the table,
a two-level header with a merged group cell, 所在区域 merged down the column over the firms of
each area, a 合计 row with SUM formulas, a footnote (注：…) and a signature line below the table,
formulas saved without results (openpyxl never computes them), a hidden column, a chart, an
image, comments, data validation, conditional formatting (its fill a dxf in styles.xml), defined
names and custom document properties. 14 firms.
"""
import io
import sys
import zipfile

from openpyxl import Workbook
from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment
from openpyxl.formatting.rule import CellIsRule
from openpyxl.styles import Font, PatternFill
from openpyxl.drawing.image import Image
from openpyxl.workbook.defined_name import DefinedName
from openpyxl.worksheet.datavalidation import DataValidation

FIRMS = [
    # name, credit code, area (亩), output, tax, R&D, retrofit, energy (tce), certifications, status
    ("增城恒达五金制品有限公司", "91440183MA59A1B2C3", 32.5, 5120.0, 286.4, 160.0, 300.0, 410.0, 2, None),
    ("广州新塘牛仔服饰有限公司", "91440183MA59A1B2C4", 18.0, 2210.5, 98.2, 35.0, 0.0, 220.0, 0, None),
    ("增城华南电子科技有限公司", "91440183MA59A1B2C5", 45.2, 12800.0, 705.0, 640.0, 1200.0, 980.0, 5, None),
    ("广州仙村建材有限公司", "91440183MA59A1B2C6", 60.8, 3300.0, 120.5, 10.0, 50.0, 2600.0, 0, None),
    ("增城石滩塑料制品厂", "91440183MA59A1B2C7", 12.4, 980.0, 30.1, 0.0, 0.0, 150.0, 0, "未上传"),
    ("广州荔城食品有限公司", "91440183MA59A1B2C8", 25.0, 4100.0, 210.0, 88.0, 120.0, 300.0, 1, None),
    ("增城朱村汽车配件有限公司", "91440183MA59A1B2C9", 38.6, 9650.0, 460.3, 390.0, 800.0, 720.0, 3, None),
    ("广州中新包装材料有限公司", "91440183MA59A1B2D0", 22.3, 1870.0, 66.0, 12.0, 0.0, 260.0, 0, None),
    ("增城永和精密机械有限公司", "91440183MA59A1B2D1", 29.9, 6400.0, 355.5, 310.0, 450.0, 500.0, 2, None),
    ("广州派潭竹木制品有限公司", "91440183MA59A1B2D2", 15.1, 760.0, 18.4, 0.0, 0.0, 90.0, 0, None),
    ("增城宁西新材料有限公司", "91440183MA59A1B2D3", 52.0, 15200.0, 880.0, 910.0, 1500.0, 1300.0, 6, None),
    ("广州小楼家具有限公司", "91440183MA59A1B2D4", 19.7, 2050.0, 75.0, 20.0, 30.0, 180.0, 0, "造假"),
    ("增城正果茶业有限公司", "91440183MA59A1B2D5", 8.8, 540.0, 22.0, 6.0, 0.0, 40.0, 1, None),
    ("广州福和印刷有限公司", "91440183MA59A1B2D6", 27.4, 3380.0, 150.0, 70.0, 90.0, 330.0, 1, None),
]
# 所在区域 merged down the column: the first five firms are in the core zone, the next five in
# 一区多园, the last four elsewhere (WORKBOOK.md: core / multi / town).
ZONES = [("开发区核心区", 5), ("一区多园", 5), ("其他镇街", 4)]

HEADER_TOP = 3  # the two header rows are 3 and 4; firms from row 5
FIRST = 5


def county() -> Workbook:
    """The analyst's workbook as openpyxl holds it, before saving (county365.py adds to it)."""
    wb = Workbook()
    ws = wb.active
    ws.title = "企业数据"
    ws["A1"] = "2023年度增城区工业企业亩均效益综合评价基础数据表"
    ws.merge_cells("A1:N1")
    ws["A2"] = "填报单位：区工业和信息化局　　金额单位：万元　　面积单位：亩"
    ws.merge_cells("A2:N2")

    # Two-level header: single headers merged over rows 3–4, a group cell over F3:J3.
    for col, text in {"A": "序号", "B": "企业名称", "C": "统一社会信用代码", "D": "所在区域", "E": "用地面积（亩）",
                      "K": "综合能耗（吨标煤）", "L": "各级各类认定（项）", "M": "数据状态", "N": "备注"}.items():
        ws[f"{col}3"] = text
        ws.merge_cells(f"{col}3:{col}4")
    ws["F3"] = "经济指标（万元）"
    ws.merge_cells("F3:J3")
    for col, text in zip("FGHIJ", ["工业总产值", "主营业务收入", "实缴税金", "研发费用", "技改投资"]):
        ws[f"{col}4"] = text

    for i, (name, code, area, output, tax, rd, retrofit, energy, certs, status) in enumerate(FIRMS):
        r = FIRST + i
        ws[f"A{r}"] = i + 1
        ws[f"B{r}"] = name
        ws[f"C{r}"] = code
        ws[f"E{r}"] = area
        ws[f"F{r}"] = output
        # Revenue as a formula without a saved result: the reader must evaluate it, not read a blank.
        ws[f"G{r}"] = f"=ROUND(F{r}*0.96,1)"
        ws[f"H{r}"] = tax
        ws[f"I{r}"] = rd
        ws[f"J{r}"] = retrofit
        ws[f"K{r}"] = energy
        ws[f"L{r}"] = certs
        if status:
            ws[f"M{r}"] = status
        ws[f"N{r}"] = "核实中" if i % 4 == 0 else None
    r = FIRST
    for zone, count in ZONES:
        ws[f"D{r}"] = zone
        ws.merge_cells(f"D{r}:D{r + count - 1}")
        r += count
    last = FIRST + len(FIRMS) - 1

    total = last + 1
    ws[f"A{total}"] = "合计"
    ws.merge_cells(f"A{total}:D{total}")
    for col in "EFGHIJKL":
        ws[f"{col}{total}"] = f"=SUM({col}{FIRST}:{col}{last})"
    note = total + 1
    ws[f"A{note}"] = "注：1. 数据来源于区统计局及税务局；2. 数据状态“未上传”“造假”的企业直接列为D类。"
    ws.merge_cells(f"A{note}:N{note}")
    sign = note + 1
    ws[f"A{sign}"] = "审核人：张明"
    ws[f"E{sign}"] = "填表人：李华"
    ws[f"I{sign}"] = "制表日期：2024年3月1日"

    ws.column_dimensions["N"].hidden = True
    ws["B5"].comment = Comment("龙头企业，核实产值口径", "区工信局")
    ws[f"H{FIRST + 2}"].comment = Comment("含一次性补缴税款", "税务局")
    dv = DataValidation(type="list", formula1='"未上传,造假"', allow_blank=True)
    dv.add(f"M{FIRST}:M{last}")
    ws.add_data_validation(dv)
    # 综合能耗 over 1000 tce in red, as analysts flag the heavy users.
    heavy = CellIsRule(operator="greaterThan", formula=["1000"], fill=PatternFill(start_color="FFC7CE", end_color="FFC7CE", fill_type="solid"), font=Font(color="9C0006"))
    ws.conditional_formatting.add(f"K{FIRST}:K{last}", heavy)
    wb.defined_names.append(DefinedName("企业名单", attr_text=f"'企业数据'!$B${FIRST}:$B${last}"))
    wb.defined_names.append(DefinedName("税收合计", attr_text=f"'企业数据'!$H${total}"))

    chart = BarChart()
    chart.title = "实缴税金（万元）"
    chart.add_data(Reference(ws, min_col=8, min_row=FIRST, max_row=last), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=2, min_row=FIRST, max_row=last))
    ws.add_chart(chart, "P3")
    try:
        from PIL import Image as PILImage

        png = io.BytesIO()
        PILImage.new("RGB", (40, 20), (30, 90, 160)).save(png, format="PNG")
        png.seek(0)
        ws.add_image(Image(png), "P20")
    except ImportError:
        pass

    notes = wb.create_sheet("填报说明")
    notes["A1"] = "本表由各镇街填报，区工信局汇总。"
    notes["A2"] = "金额单位：万元。"
    wb.properties.creator = "增城区工业和信息化局"
    wb.properties.title = "2023年度亩均效益评价基础数据"
    return wb


def saved(wb: Workbook) -> bytes:
    """The workbook's bytes as openpyxl saves them, with the analyst's custom properties added."""
    buf = io.BytesIO()
    wb.save(buf)
    return with_custom_properties(buf.getvalue())


def build(path: str) -> None:
    with open(path, "wb") as f:
        f.write(saved(county()))


CUSTOM = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" '
    'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="评价年度"><vt:lpwstr>2023</vt:lpwstr></property>'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="3" name="填报单位"><vt:lpwstr>区工业和信息化局</vt:lpwstr></property>'
    "</Properties>"
)


def with_custom_properties(xlsx: bytes) -> bytes:
    """Custom document properties (docProps/custom.xml), which openpyxl 3.0 cannot write itself."""
    src = zipfile.ZipFile(io.BytesIO(xlsx))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/></Types>',
                )
            elif item.filename == "_rels/.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdCustom" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties" Target="docProps/custom.xml"/></Relationships>',
                )
            dst.writestr(item, data)
        dst.writestr("docProps/custom.xml", CUSTOM.encode("utf-8"))
    return out.getvalue()


if __name__ == "__main__":
    build(sys.argv[1])
