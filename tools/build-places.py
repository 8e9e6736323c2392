#!/usr/bin/env python3
"""Builds zhibiao's place gazetteer table from the areacodes CSV.

Usage:
    python3 tools/build-places.py PATH/TO/areacodes-result.csv \
        > src/main/resources/io/github/zhibiao/place/places.tsv

The source is the CC0 table of every county-level-and-above division of China 1981-2024
(columns 代码,一级行政区,二级行政区,名称,级别,状态,启用时间,变更/弃用时间,新代码). The output
has one row per surface form (name variant):

    name  full  code  level  province  province_code  current  kind

    name           the surface form searched for (大连市, 大连, 延边州, 延边)
    full           the official full name of the division (大连市, 延边朝鲜族自治州)
    code           the 6-digit GB/T 2260 code of that division (the historic code for a
                   historic name)
    level          PROVINCE, PREFECTURE or COUNTY
    province       short name of TODAY's province (思茅 -> 云南, 万县 -> 重庆)
    province_code  code of today's province (530000)
    current        y if the division is in use today, n if the name is historic
    kind           full (the official name) or short (a derived short form)

Only the standard library is used. The output is sorted, so that re-running the script on the
same input gives the same bytes except for the date line.
"""

import csv
import datetime
import os
import sys

# The 55 minority nationalities, as they appear in autonomy names (蒙古族, 维吾尔族 ...).
ETHNIC = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 "
    "水 东乡 纳西 景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 "
    "乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺"
).split()
assert len(ETHNIC) == 55, len(ETHNIC)
# Longest first, so that 土家族 is stripped before 家族 could ever be considered.
ETHNIC_SUFFIXES = sorted(
    [e + "族" for e in ETHNIC] + ["各族"] + [e for e in ETHNIC if len(e) >= 2],
    key=len,
    reverse=True,
)

AUTONOMY = ("自治州", "自治县", "自治旗", "自治区")

LEVELS = {"省级": "PROVINCE", "地级": "PREFECTURE", "县级": "COUNTY"}


def strip_ethnic(stem):
    """Removes trailing nationality names: 务川仡佬族苗族 -> 务川; 鄂温克族 -> ''."""
    last = None
    changed = True
    while changed and stem:
        changed = False
        for suffix in ETHNIC_SUFFIXES:
            if stem.endswith(suffix):
                rest = stem[: -len(suffix)]
                # Without 族 only multi-character names are stripped, and never when it would
                # leave a one-character stem (水, 白, 京 are too common as the end of a name).
                if 0 < len(rest) < 2:
                    continue
                last = suffix[:-1] if suffix.endswith("族") else suffix
                stem = rest
                changed = True
                break
    return stem, last


def province_short(full):
    """广西壮族自治区 -> 广西, 北京市 -> 北京, 香港特别行政区 -> 香港."""
    for suffix in ("特别行政区", "自治区", "省", "市"):
        if full.endswith(suffix):
            stem = full[: -len(suffix)]
            if suffix == "自治区":
                stem, _ = strip_ethnic(stem)
            return stem
    raise ValueError("not a province name: " + full)


def variants(full, level):
    """The short forms of a division name, without the full name itself."""
    if level == "PROVINCE":
        return [province_short(full)]
    out = []
    for suffix in AUTONOMY:
        if full.endswith(suffix):
            stem, ethnic = strip_ethnic(full[: -len(suffix)])
            kind = suffix[-1]  # 州, 县, 旗
            if not stem:
                # 鄂温克族自治旗: the name is the nationality itself; only 鄂温克旗 names a place.
                return [ethnic + kind] if ethnic else []
            return [stem + kind, stem] if len(stem) >= 2 else [stem + kind]
    if full.endswith("地区") and len(full) >= 4:
        return [full[:-2]]
    if full.endswith("新区") and len(full) >= 4:
        # 浦东新区 -> 浦东, 滨海新区 -> 滨海; but 清新区 is 清新 + 区.
        return [full[:-2]]
    for suffix in ("林区", "特区", "矿区", "行政区"):
        if full.endswith(suffix) and len(full) - len(suffix) >= 2:
            return [full[: -len(suffix)]]
    if full.endswith("旗") and full[-2] in "左右前后中翼":
        # 乌拉特中旗, 阿拉善左旗, 科尔沁右翼前旗: 乌拉特中 or 阿拉善左 is not a name.
        return []
    if full[-1] in "省市县区州旗盟" and len(full) >= 3:
        return [full[:-1]]
    return []


def main(argv):
    if len(argv) != 2:
        sys.exit("usage: build-places.py areacodes-result.csv > places.tsv")
    source = argv[1]
    with open(source, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))

    # code -> rows; a code can carry several names over time (思茅市 and 普洱市 are 530800).
    current = {}
    by_code = {}
    for r in rows:
        by_code.setdefault(r["代码"], []).append(r)
        if r["状态"] == "在用":
            current[r["代码"]] = r

    provinces = {c[:2]: r["名称"] for c, r in current.items() if r["级别"] == "省级"}

    def year(text, default):
        return int(text) if text else default

    def successors(r):
        """(code, year) pairs: 211302[2006];211303 -> (211302, 2006), (211303, end year)."""
        end = year(r["变更/弃用时间"], 9999)
        out = []
        for part in r["新代码"].split(";"):
            part = part.strip()
            if part:
                code, _, when = part.partition("[")
                out.append((code, int(when.rstrip("]")) if when else end))
        return out

    def active(code, when):
        """The rows that carried a code in a year. Codes are reused: 511400 was 涪陵市 in
        1995-1997 and is 眉山市 since 2000, so a successor must be read in its year."""
        return [
            r
            for r in by_code.get(code, [])
            if year(r["启用时间"], 0) <= when <= year(r["变更/弃用时间"], 9999)
        ]

    def province_of(r, seen=()):
        """Today's province prefix of a row, following successor codes through time."""
        code = r["代码"]
        if r["状态"] == "在用":
            return code[:2]
        key = (code, r["名称"], r["启用时间"])
        if key in seen:
            return None
        seen = seen + (key,)
        end = year(r["变更/弃用时间"], 9999)
        # A renamed division (变更) without a successor code keeps its code: 思茅市 530800 is
        # 普洱市 530800 from 2007.
        nexts = successors(r) or [(code, end)]
        for nxt, when in nexts:
            for later in active(nxt, when):
                if later is not r:
                    p = province_of(later, seen)
                    if p:
                        return p
        if r["级别"] == "地级":
            # 海南行政区 (442100) and 涪陵市 (511400) have no successor: ask their counties of the
            # same years where they went (46xxxx, 500102).
            votes = {}
            start = year(r["启用时间"], 0)
            for c, rs in by_code.items():
                if c[:4] != code[:4] or c == code:
                    continue
                for child in rs:
                    if child["级别"] != "县级" or child["状态"] == "在用":
                        continue
                    if start <= year(child["启用时间"], 0) and year(child["变更/弃用时间"], 0) <= end:
                        p = province_of(child, seen)
                        if p:
                            votes[p] = votes.get(p, 0) + 1
            if votes:
                return max(sorted(votes), key=votes.get)
        return code[:2] if code[:2] in provinces else None

    out = {}
    for r in rows:
        level = LEVELS[r["级别"]]
        full = r["名称"]
        if "、" in full or "的" in full:
            continue  # 西沙、南沙、中沙群岛, 中沙群岛的岛礁及其海域: descriptions, not names
        p = province_of(r)
        if p is None:
            sys.exit("no province for %s %s" % (r["代码"], full))
        pfull = provinces[p]
        is_current = "y" if r["状态"] == "在用" else "n"
        forms = [(full, "full")] + [(v, "short") for v in variants(full, level)]
        for name, kind in forms:
            if len(name) < 2:
                continue
            key = (name, r["代码"], level)
            row = [name, full, r["代码"], level, province_short(pfull), p + "0000", is_current, kind]
            old = out.get(key)
            # The same surface for the same code: keep the current, then the full reading.
            if old is None or (row[6], row[7] == "full") > (old[6], old[7] == "full"):
                out[key] = row

    w = sys.stdout
    w.write("# Chinese administrative divisions: one row per surface form (full and short names).\n")
    w.write("# Source: %s (areacodes, every county-level-and-above division 1981-2024),\n"
            % os.path.basename(source))
    w.write("# licence CC0 1.0 Universal (LICENSE-CC0.txt next to the source).\n")
    w.write("# Generated %s by: python3 tools/build-places.py %s > "
            "src/main/resources/io/github/zhibiao/place/places.tsv\n"
            % (datetime.date.today().isoformat(), "../shared/data/divisions/areacodes-result.csv"))
    w.write("# Do not edit by hand: change tools/build-places.py and regenerate.\n")
    w.write("# Columns: name, full (official name), code (GB/T 2260, historic for historic names),\n")
    w.write("# level, province (short name of today's province), province_code, current (y/n),\n")
    w.write("# kind (full|short). Province-level: all 34 units incl. 台湾, 香港, 澳门.\n")
    w.write("name\tfull\tcode\tlevel\tprovince\tprovince_code\tcurrent\tkind\n")
    for row in sorted(out.values(), key=lambda r: (r[2], r[7] != "full", r[0])):
        w.write("\t".join(row) + "\n")


if __name__ == "__main__":
    main(sys.argv)
