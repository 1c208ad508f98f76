#!/usr/bin/env python3
"""The county analyst's workbook as Excel 365 leaves it after a colleague's review (not by this
project's generator): openpyxl's workbook (county_workbook.py) plus the parts openpyxl cannot
write, added with Python's zipfile as Excel 365 writes them.

    /usr/bin/python3 test/interop/county365.py OUT.xlsx [OUT.xlsm]

Added to county_workbook.py's workbook (charts, an image, legacy notes, validation, defined
names, custom properties, merged title and header, footnote, signature line):
- threaded comments (MS-XLSX 2.6.205 CT_ThreadedComment, namespace
  http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments):
  xl/threadedComments/threadedComment1.xml on 企业数据 — B16 (广州小楼家具, a firm `check --mark`
  marks) with a reply, and F11 (not marked) — and the people in xl/persons/person.xml, with
  their relationships (sheet → threadedComment, workbook → person) and content types. Beside
  each thread, the legacy note Excel 365 keeps for older readers: author `tc={id}`, the
  "[Threaded comment]" text with the thread, `xr:uid` the thread's id, and its VML shape;
- a pivot table (xl/pivotTables/pivotTable1.xml on sheet 分区汇总: 实缴税金 summed by 所在区域)
  over the flat sheet 税收明细, with its cache definition and records (xl/pivotCache/*);
- an external link (xl/externalLinks/externalLink1.xml, to last year's workbook
  2022年度亩均效益评价.xlsx) used by a formula with a saved result on 填报说明;
- 企业数据 as Excel 365 writes a sheet: the revision namespaces ignorable at its root (mc:Ignorable,
  xr:uid), and an x14 list validation in its extLst (所在区域 from a list on 填报说明, the form Excel
  uses for a list on another sheet);
- a chart tab first (税收图表, a chartsheet: Excel puts "Move Chart → New sheet" before the sheet
  it came from);
- OUT.xlsm: the same workbook macro-enabled — the workbook part's content type
  application/vnd.ms-excel.sheet.macroEnabled.main+xml and xl/vbaProject.bin (a small blob that
  holds every byte value, so a copy that decodes it as text would show).
"""
import io
import re
import sys
import zipfile
from xml.sax.saxutils import escape, quoteattr

from openpyxl.chart import BarChart, Reference
from openpyxl.comments import Comment

from county_workbook import FIRMS, FIRST, ZONES, county, saved

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
TC = "http://schemas.microsoft.com/office/spreadsheetml/2018/threadedcomments"
XR = "http://schemas.microsoft.com/office/spreadsheetml/2014/revision"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
REL_THREADED = "http://schemas.microsoft.com/office/2017/10/relationships/threadedComment"
REL_PERSON = "http://schemas.microsoft.com/office/2017/10/relationships/person"
REL_PIVOT_TABLE = R + "/pivotTable"
REL_PIVOT_CACHE = R + "/pivotCacheDefinition"
REL_PIVOT_RECORDS = R + "/pivotCacheRecords"
REL_EXTERNAL_LINK = R + "/externalLink"
REL_EXTERNAL_PATH = R + "/externalLinkPath"
REL_VBA = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
XLSM_MAIN = "application/vnd.ms-excel.sheet.macroEnabled.main+xml"
XLSX_MAIN = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'

# The people and threads (ids as Excel writes them: GUIDs in braces).
PEOPLE = [
    ("{5F2C1A0B-3D4E-4F60-8A71-92B3C4D5E6F7}", "陈晓（区工信局）"),
    ("{6A3D2B1C-4E5F-4071-9B82-A3C4D5E6F708}", "周敏（石滩镇）"),
]
THREADS = [
    # ref, [(id, person, when, text)], first the comment, then its replies
    ("B16", [
        ("{0D1E2F30-4152-4637-8A9B-ACBDCEDFE0F1}", 0, "2024-03-02T09:15:22.41", "数据存疑：用电量与产值不匹配，已约谈企业负责人"),
        ("{1E2F3041-5263-4748-9BAC-BDCEDFE0F102}", 1, "2024-03-04T14:02:10.07", "企业已提交说明材料，待复核"),
    ]),
    ("F11", [
        ("{2F304152-6374-4859-ACBD-CEDFE0F10213}", 1, "2024-03-05T10:30:00.00", "产值含关联交易，待核"),
    ]),
]
LEGACY = (
    "[Threaded comment]\n\nYour version of Excel allows you to read this threaded comment; however, any edits to it "
    "will get removed if the file is opened in a newer version of Excel. Learn more: https://go.microsoft.com/fwlink/?linkid=870924\n\n"
)

# Last year's workbook the notes sheet links to, and the value Excel saved from it.
EXTERNAL_BOOK = "2022年度亩均效益评价.xlsx"
EXTERNAL_TAX = 3012.5


def legacy_text(thread) -> str:
    """The note Excel 365 writes beside a thread: the notice, then the comment and its replies."""
    lines = [("Comment:" if i == 0 else "Reply:") + "\n    " + text for i, (_, _, _, text) in enumerate(thread)]
    return LEGACY + "\n".join(lines)


def zones():
    out = []
    i = 0
    for zone, count in ZONES:
        out += [zone] * count
        i += count
    return out


def with_sheets(wb):
    """The sheets openpyxl can write: legacy notes beside the threads, the flat 税收明细, the pivot's rendered cells."""
    ws = wb["企业数据"]
    for ref, thread in THREADS:
        ws[ref].comment = Comment(legacy_text(thread), "tc=" + thread[0][0])
    flat = wb.create_sheet("税收明细")
    flat.append(["企业名称", "所在区域", "实缴税金"])
    for (name, _, _, _, tax, *_), zone in zip(FIRMS, zones()):
        flat.append([name, zone, tax])
    pivot = wb.create_sheet("分区汇总")
    pivot["A3"] = "所在区域"
    pivot["B3"] = "求和项:实缴税金"
    for i, (zone, total) in enumerate(zone_totals()):
        pivot[f"A{4 + i}"] = zone
        pivot[f"B{4 + i}"] = total
    pivot[f"A{4 + len(ZONES)}"] = "总计"
    pivot[f"B{4 + len(ZONES)}"] = round(sum(t for _, t in zone_totals()), 1)
    tab = wb.create_chartsheet("税收图表", 0)
    chart = BarChart()
    chart.title = "各企业实缴税金（万元）"
    chart.add_data(Reference(ws, min_col=8, min_row=FIRST, max_row=FIRST + len(FIRMS) - 1), titles_from_data=False)
    chart.set_categories(Reference(ws, min_col=2, min_row=FIRST, max_row=FIRST + len(FIRMS) - 1))
    tab.add_chart(chart)
    notes = wb["填报说明"]
    notes["A4"] = "上年度实缴税金合计（万元）"
    notes["B4"] = "=[1]企业数据!$H$19"
    notes["A5"] = "所在区域可选值："
    for i, (zone, _) in enumerate(ZONES):
        notes[f"A{6 + i}"] = zone
    return wb


def zone_totals():
    sums = {}
    for (_, _, _, _, tax, *_), zone in zip(FIRMS, zones()):
        sums[zone] = round(sums.get(zone, 0) + tax, 1)
    return [(zone, sums[zone]) for zone, _ in ZONES]


# ── The parts openpyxl cannot write ────────────────────────────────────────────────────────


def threaded_comments() -> str:
    items = []
    for ref, thread in THREADS:
        root = thread[0][0]
        for i, (cid, person, when, text) in enumerate(thread):
            parent = f' parentId="{root}"' if i > 0 else ""
            items.append(f'<threadedComment ref="{ref}" dT="{when}" personId="{PEOPLE[person][0]}" id="{cid}"{parent}><text>{escape(text)}</text></threadedComment>')
    return HEAD + f'<ThreadedComments xmlns="{TC}" xmlns:x="{MAIN}">' + "".join(items) + "</ThreadedComments>"


def persons() -> str:
    people = "".join(f'<person displayName={quoteattr(name)} id="{pid}" userId={quoteattr(name)} providerId="None"/>' for pid, name in PEOPLE)
    return HEAD + f'<personList xmlns="{TC}" xmlns:x="{MAIN}">{people}</personList>'


def legacy_with_uids(xml: str) -> str:
    """Excel 365's legacy notes part: the revision namespace, and each thread's note tagged with its id."""
    xml = xml.replace(f'<comments xmlns="{MAIN}">', f'<comments xmlns="{MAIN}" xmlns:mc="{MC}" mc:Ignorable="xr" xmlns:xr="{XR}">', 1)
    for ref, thread in THREADS:
        start = xml.index(f'<comment ref="{ref}"')
        end = xml.index(">", start)
        xml = xml[:end] + f' xr:uid="{thread[0][0]}"' + xml[end:]
    return xml


SHEET_ROOT = (
    f'<worksheet xmlns="{MAIN}" xmlns:r="{R}" xmlns:mc="{MC}" mc:Ignorable="x14ac xr xr2 xr3" '
    'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
    f'xmlns:xr="{XR}" xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
    'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" xr:uid="{7B1C2D3E-4F50-4162-8374-95A6B7C8D9EA}">'
)


def excel365_sheet(xml: str) -> str:
    """The sheet's root as Excel 365 writes it, and a list validation over another sheet in its extLst."""
    assert xml.startswith(f'<worksheet xmlns="{MAIN}">')
    zones = f"填报说明!$A$6:$A${5 + len(ZONES)}"
    ext = (
        '<extLst><ext xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}">'
        '<x14:dataValidations xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main" count="1">'
        '<x14:dataValidation type="list" allowBlank="1" showInputMessage="1" showErrorMessage="1" xr:uid="{8C2D3E4F-5061-4273-9485-A6B7C8D9EAFB}">'
        f"<x14:formula1><xm:f>{zones}</xm:f></x14:formula1><xm:sqref>D5:D{FIRST + len(FIRMS) - 1}</xm:sqref></x14:dataValidation>"
        "</x14:dataValidations></ext></extLst>"
    )
    return SHEET_ROOT + xml[len(f'<worksheet xmlns="{MAIN}">'):].replace("</worksheet>", ext + "</worksheet>", 1)


def pivot_cache() -> str:
    names = "".join(f"<s v={quoteattr(z)}/>" for z, _ in ZONES)
    taxes = [f[4] for f in FIRMS]
    return HEAD + (
        f'<pivotCacheDefinition xmlns="{MAIN}" xmlns:r="{R}" r:id="rId1" refreshedBy="陈晓" refreshedDate="45353.3852" createdVersion="8" refreshedVersion="8" minRefreshableVersion="3" recordCount="{len(FIRMS)}">'
        f'<cacheSource type="worksheet"><worksheetSource ref="A1:C{len(FIRMS) + 1}" sheet="税收明细"/></cacheSource>'
        '<cacheFields count="3">'
        '<cacheField name="企业名称" numFmtId="0"><sharedItems/></cacheField>'
        f'<cacheField name="所在区域" numFmtId="0"><sharedItems count="{len(ZONES)}">{names}</sharedItems></cacheField>'
        f'<cacheField name="实缴税金" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" minValue="{min(taxes)}" maxValue="{max(taxes)}"/></cacheField>'
        "</cacheFields></pivotCacheDefinition>"
    )


def pivot_records() -> str:
    index = {z: i for i, (z, _) in enumerate(ZONES)}
    rows = "".join(f"<r><s v={quoteattr(f[0])}/><x v=\"{index[z]}\"/><n v=\"{f[4]}\"/></r>" for f, z in zip(FIRMS, zones()))
    return HEAD + f'<pivotCacheRecords xmlns="{MAIN}" xmlns:r="{R}" count="{len(FIRMS)}">{rows}</pivotCacheRecords>'


def pivot_table() -> str:
    n = len(ZONES)
    items = "".join(f'<item x="{i}"/>' for i in range(n)) + '<item t="default"/>'
    row_items = "<i><x/></i>" + "".join(f'<i><x v="{i}"/></i>' for i in range(1, n)) + '<i t="grand"><x/></i>'
    return HEAD + (
        f'<pivotTableDefinition xmlns="{MAIN}" name="数据透视表1" cacheId="1" applyNumberFormats="0" applyBorderFormats="0" applyFontFormats="0" applyPatternFormats="0" applyAlignmentFormats="0" applyWidthHeightFormats="1" dataCaption="值" updatedVersion="8" minRefreshableVersion="3" useAutoFormatting="1" itemPrintTitles="1" createdVersion="8" indent="0" outline="1" outlineData="1" multipleFieldFilters="0" rowHeaderCaption="所在区域">'
        f'<location ref="A3:B{4 + n}" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>'
        '<pivotFields count="3"><pivotField showAll="0"/>'
        f'<pivotField axis="axisRow" showAll="0"><items count="{n + 1}">{items}</items></pivotField>'
        '<pivotField dataField="1" showAll="0"/></pivotFields>'
        f'<rowFields count="1"><field x="1"/></rowFields><rowItems count="{n + 1}">{row_items}</rowItems>'
        '<colItems count="1"><i/></colItems>'
        '<dataFields count="1"><dataField name="求和项:实缴税金" fld="2" baseField="0" baseItem="0"/></dataFields>'
        '<pivotTableStyleInfo name="PivotStyleLight16" showRowHeaders="1" showColHeaders="1" showRowStripes="0" showColStripes="0" showLastColumn="1"/>'
        "</pivotTableDefinition>"
    )


def external_link() -> str:
    return HEAD + (
        f'<externalLink xmlns="{MAIN}"><externalBook xmlns:r="{R}" r:id="rId1"><sheetNames><sheetName val="企业数据"/></sheetNames>'
        f'<sheetDataSet><sheetData sheetId="0"><row r="19"><cell r="H19"><v>{EXTERNAL_TAX}</v></cell></row></sheetData></sheetDataSet></externalBook></externalLink>'
    )


def rels(*items) -> str:
    body = "".join(f'<Relationship Id="{i}" Type="{t}" Target={quoteattr(target)}{extra}/>' for i, t, target, extra in items)
    return HEAD + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{body}</Relationships>'


def add_rel(xml: str, rid: str, rtype: str, target: str) -> str:
    return xml.replace("</Relationships>", f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"/></Relationships>', 1)


def override(xml: str, part: str, ctype: str) -> str:
    return xml.replace("</Types>", f'<Override PartName="{part}" ContentType="{ctype}"/></Types>', 1)


def sheet_path(files: dict, workbook_rels: str, name: str) -> str:
    """The worksheet part of the sheet named (openpyxl numbers them in order: sheetN.xml)."""
    book = files["xl/workbook.xml"].decode("utf-8")
    start = book.index(f'name="{name}"')
    rid = book[start:].split('r:id="', 1)[1].split('"', 1)[0]
    target = workbook_rels.split(f'Id="{rid}"', 1)[0].rsplit('Target="', 1)[1].split('"', 1)[0]
    return target.lstrip("/")


def excel365(xlsx: bytes) -> dict:
    """openpyxl's package with the threaded comments, pivot table and external link added."""
    src = zipfile.ZipFile(io.BytesIO(xlsx))
    files = {i.filename: src.read(i.filename) for i in src.infolist()}
    types = files["[Content_Types].xml"].decode("utf-8")
    book_rels = files["xl/_rels/workbook.xml.rels"].decode("utf-8")
    data = sheet_path(files, book_rels, "企业数据")
    summary = sheet_path(files, book_rels, "分区汇总")
    notes = sheet_path(files, book_rels, "填报说明")

    files[data] = excel365_sheet(files[data].decode("utf-8")).encode("utf-8")

    # Threaded comments and people.
    legacy = "xl/comments/comment1.xml"
    files[legacy] = legacy_with_uids(files[legacy].decode("utf-8")).encode("utf-8")
    files["xl/threadedComments/threadedComment1.xml"] = threaded_comments().encode("utf-8")
    files["xl/persons/person.xml"] = persons().encode("utf-8")
    data_rels = data.replace("worksheets/", "worksheets/_rels/") + ".rels"
    files[data_rels] = add_rel(files[data_rels].decode("utf-8"), "rId3", REL_THREADED, "../threadedComments/threadedComment1.xml").encode("utf-8")
    book_rels = add_rel(book_rels, "rId90", REL_PERSON, "persons/person.xml")
    types = override(types, "/xl/threadedComments/threadedComment1.xml", "application/vnd.ms-excel.threadedcomments+xml")
    types = override(types, "/xl/persons/person.xml", "application/vnd.ms-excel.person+xml")

    # The pivot table on 分区汇总 and its cache.
    files["xl/pivotCache/pivotCacheDefinition1.xml"] = pivot_cache().encode("utf-8")
    files["xl/pivotCache/pivotCacheRecords1.xml"] = pivot_records().encode("utf-8")
    files["xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels"] = rels(("rId1", REL_PIVOT_RECORDS, "pivotCacheRecords1.xml", "")).encode("utf-8")
    files["xl/pivotTables/pivotTable1.xml"] = pivot_table().encode("utf-8")
    files["xl/pivotTables/_rels/pivotTable1.xml.rels"] = rels(("rId1", REL_PIVOT_CACHE, "../pivotCache/pivotCacheDefinition1.xml", "")).encode("utf-8")
    summary_rels = summary.replace("worksheets/", "worksheets/_rels/") + ".rels"
    assert summary_rels not in files, "openpyxl gave the pivot's sheet relationships of its own"
    files[summary_rels] = rels(("rId1", REL_PIVOT_TABLE, "../pivotTables/pivotTable1.xml", "")).encode("utf-8")
    book_rels = add_rel(book_rels, "rId91", REL_PIVOT_CACHE, "pivotCache/pivotCacheDefinition1.xml")
    types = override(types, "/xl/pivotCache/pivotCacheDefinition1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheDefinition+xml")
    types = override(types, "/xl/pivotCache/pivotCacheRecords1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotCacheRecords+xml")
    types = override(types, "/xl/pivotTables/pivotTable1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.pivotTable+xml")

    # The external link, and the saved result of the formula that uses it.
    files["xl/externalLinks/externalLink1.xml"] = external_link().encode("utf-8")
    files["xl/externalLinks/_rels/externalLink1.xml.rels"] = rels(("rId1", REL_EXTERNAL_PATH, EXTERNAL_BOOK, ' TargetMode="External"')).encode("utf-8")
    book_rels = add_rel(book_rels, "rId92", REL_EXTERNAL_LINK, "externalLinks/externalLink1.xml")
    types = override(types, "/xl/externalLinks/externalLink1.xml", "application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml")
    sheet = files[notes].decode("utf-8")
    # openpyxl writes the formula's CJK as character references, and no result.
    linked = re.compile(r'(<c r="B4"><f>\[1\][^<]*</f>)<v></v>')
    assert linked.search(sheet), "openpyxl wrote the linked formula differently"
    files[notes] = linked.sub(lambda m: f"{m.group(1)}<v>{EXTERNAL_TAX}</v>", sheet, count=1).encode("utf-8")

    book = files["xl/workbook.xml"].decode("utf-8")
    book = book.replace("<definedNames>", f'<externalReferences><externalReference xmlns:r="{R}" r:id="rId92"/></externalReferences><definedNames>', 1)
    calc_end = book.index(">", book.index("<calcPr")) + 1
    book = book[:calc_end] + f'<pivotCaches><pivotCache xmlns:r="{R}" cacheId="1" r:id="rId91"/></pivotCaches>' + book[calc_end:]
    files["xl/workbook.xml"] = book.encode("utf-8")
    files["xl/_rels/workbook.xml.rels"] = book_rels.encode("utf-8")
    files["[Content_Types].xml"] = types.encode("utf-8")
    return files


def vba_project() -> bytes:
    """A small stand-in for a VBA project: the compound-file signature, then every byte value."""
    return bytes.fromhex("D0CF11E0A1B11AE1") + bytes(range(256)) + bytes(range(255, -1, -1))


def macro_enabled(files: dict) -> dict:
    out = dict(files)
    types = out["[Content_Types].xml"].decode("utf-8")
    assert XLSX_MAIN in types
    types = types.replace(XLSX_MAIN, XLSM_MAIN, 1)
    types = types.replace("<Default ", '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/><Default ', 1)
    out["[Content_Types].xml"] = types.encode("utf-8")
    out["xl/_rels/workbook.xml.rels"] = add_rel(out["xl/_rels/workbook.xml.rels"].decode("utf-8"), "rId93", REL_VBA, "vbaProject.bin").encode("utf-8")
    out["xl/workbook.xml"] = out["xl/workbook.xml"].decode("utf-8").replace("<workbookPr/>", '<workbookPr codeName="ThisWorkbook"/>', 1).encode("utf-8")
    out["xl/vbaProject.bin"] = vba_project()
    return out


def write(path: str, files: dict) -> None:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        # [Content_Types].xml first, as Excel writes it.
        for name in sorted(files, key=lambda n: n != "[Content_Types].xml"):
            z.writestr(zipfile.ZipInfo(name, (2024, 3, 5, 10, 30, 0)), files[name], zipfile.ZIP_DEFLATED)


def main(argv) -> None:
    files = excel365(saved(with_sheets(county())))
    write(argv[1], files)
    if len(argv) > 2:
        write(argv[2], macro_enabled(files))


if __name__ == "__main__":
    main(sys.argv)
