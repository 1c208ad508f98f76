#!/usr/bin/env python3
"""The county analyst's workbook as WPS 表格 (Kingsoft WPS Office) leaves it, not by this project's
generator: openpyxl's workbook (county_workbook.py) plus what WPS adds, with Python's zipfile.

    /usr/bin/python3 test/interop/county_wps.py OUT.xlsx

Added to county_workbook.py's workbook (charts, an image, legacy notes, validation, defined
names, custom properties, merged title and header, footnote, signature line):
- a picture in a cell (WPS 嵌入单元格图片): the 现场照片 column (O), the photo of 增城恒达五金 in O5
  as WPS stores it — the formula _xlfn.DISPIMG("ID_…",1) with its text result, and the picture in
  xl/cellimages.xml (namespace http://www.wps.cn/officeDocument/2017/etCustomData; relationship
  http://www.wps.cn/officeDocument/2020/cellImage; content type
  application/vnd.wps-officedocument.cellimage+xml) with xl/_rels/cellimages.xml.rels → xl/media;
- the analyst's own autofilter on the table header (A4:O18, openpyxl's _xlnm._FilterDatabase for
  sheet 0) with WPS's etc:filterBottomFollowUsedRange attribute, etc: declared at the sheet root;
- WPS's custom document properties (KSOProductBuildVer, ICV) beside the analyst's.
"""
import io
import re
import sys
import zipfile

from county_workbook import FIRST, FIRMS, county, saved

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ETC = "http://www.wps.cn/officeDocument/2017/etCustomData"
REL_CELL_IMAGE = "http://www.wps.cn/officeDocument/2020/cellImage"
REL_IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
CELL_IMAGE_TYPE = "application/vnd.wps-officedocument.cellimage+xml"
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
PHOTO_ID = "ID_5A1E2C3B4D5F4A6B8C7D9E0F1A2B3C4D"
PHOTO_CELL = f"O{FIRST}"
LAST = FIRST + len(FIRMS) - 1


def with_wps_sheet(wb):
    ws = wb["企业数据"]
    ws["O3"] = "现场照片"
    ws.merge_cells("O3:O4")
    ws[PHOTO_CELL] = f'=_xlfn.DISPIMG("{PHOTO_ID}",1)'
    ws.auto_filter.ref = f"A4:O{LAST}"
    return wb


def photo() -> bytes:
    """A small PNG (the site photo), made with Pillow as county_workbook.py makes its image."""
    from PIL import Image as PILImage

    png = io.BytesIO()
    PILImage.new("RGB", (64, 48), (120, 160, 90)).save(png, format="PNG")
    return png.getvalue()


def cell_images() -> str:
    return HEAD + (
        f'<etc:cellImages xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
        f'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:etc="{ETC}">'
        f'<etc:cellImage><xdr:pic><xdr:nvPicPr><xdr:cNvPr id="2" name="{PHOTO_ID}" descr="现场照片"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>'
        '<xdr:blipFill><a:blip r:embed="rId1"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>'
        '<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="609600" cy="457200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic></etc:cellImage>'
        "</etc:cellImages>"
    )


WPS_PROPERTIES = (
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="4" name="ICV"><vt:lpwstr>6B3C1F0A2D4E4B5C9A8D7E6F5A4B3C2D</vt:lpwstr></property>'
    '<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="5" name="KSOProductBuildVer"><vt:lpwstr>2052-12.1.0.16388</vt:lpwstr></property>'
)


def wps(xlsx: bytes) -> dict:
    src = zipfile.ZipFile(io.BytesIO(xlsx))
    files = {i.filename: src.read(i.filename) for i in src.infolist()}
    sheet = files["xl/worksheets/sheet1.xml"].decode("utf-8")
    # The picture's cell: WPS saves DISPIMG's text as its result (openpyxl saved none).
    dispimg = re.compile(r'<c r="%s"><f>([^<]*)</f><v></v></c>' % PHOTO_CELL)
    assert dispimg.search(sheet), "openpyxl wrote the picture's formula differently"
    sheet = dispimg.sub(lambda m: f'<c r="{PHOTO_CELL}" t="str"><f>{m.group(1)}</f><v>=DISPIMG(&quot;{PHOTO_ID}&quot;,1)</v></c>', sheet, count=1)
    assert sheet.startswith(f'<worksheet xmlns="{MAIN}">')
    sheet = f'<worksheet xmlns="{MAIN}" xmlns:etc="{ETC}">' + sheet[len(f'<worksheet xmlns="{MAIN}">'):]
    autofilter = f'<autoFilter ref="A4:O{LAST}"/>'
    assert autofilter in sheet, "openpyxl wrote the autofilter differently"
    sheet = sheet.replace(autofilter, f'<autoFilter ref="A4:O{LAST}" etc:filterBottomFollowUsedRange="0"/>', 1)
    files["xl/worksheets/sheet1.xml"] = sheet.encode("utf-8")

    files["xl/cellimages.xml"] = cell_images().encode("utf-8")
    files["xl/_rels/cellimages.xml.rels"] = (
        HEAD + f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{REL_IMAGE}" Target="media/image2.png"/></Relationships>'
    ).encode("utf-8")
    assert "xl/media/image2.png" not in files
    files["xl/media/image2.png"] = photo()
    rels = files["xl/_rels/workbook.xml.rels"].decode("utf-8")
    files["xl/_rels/workbook.xml.rels"] = rels.replace("</Relationships>", f'<Relationship Id="rId20" Type="{REL_CELL_IMAGE}" Target="cellimages.xml"/></Relationships>', 1).encode("utf-8")
    types = files["[Content_Types].xml"].decode("utf-8")
    types = types.replace("</Types>", f'<Override PartName="/xl/cellimages.xml" ContentType="{CELL_IMAGE_TYPE}"/></Types>', 1)
    if 'Extension="png"' not in types:
        types = types.replace("<Default ", '<Default Extension="png" ContentType="image/png"/><Default ', 1)
    files["[Content_Types].xml"] = types.encode("utf-8")
    custom = files["docProps/custom.xml"].decode("utf-8")
    files["docProps/custom.xml"] = custom.replace("</Properties>", WPS_PROPERTIES + "</Properties>", 1).encode("utf-8")
    return files


def main(path: str) -> None:
    files = wps(saved(with_wps_sheet(county())))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in sorted(files, key=lambda n: n != "[Content_Types].xml"):
            z.writestr(zipfile.ZipInfo(name, (2024, 3, 6, 16, 20, 0)), files[name], zipfile.ZIP_DEFLATED)


if __name__ == "__main__":
    main(sys.argv[1])
