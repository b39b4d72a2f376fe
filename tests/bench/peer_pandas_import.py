#!/usr/bin/python3
"""The pandas peer of bench_import: the same aggregation, done the way a
careful analyst would do it (read_csv on the needed columns only, step names
matched once per distinct value, dates parsed into months, one groupby per
level: per step, per step and month, per step and segment, per step, month
and segment, as Waymark stores them).

Usage: peer_pandas_import.py SURVEY.csv STEPS.json OUT.json
STEPS.json is [{"id", "key", "title"}, ...]. Writes the time for read_csv +
groupby, the answers counted per metric and each step's NPS (all months),
and how many groups of each level have NPS answers, for bench_import to check
that both computed the same thing.
"""
import json
import sys
import time

import numpy as np
import pandas as pd


def match_key(text):
    return " ".join(str(text).split()).casefold()


def main():
    path, steps_path, out = sys.argv[1], sys.argv[2], sys.argv[3]
    with open(steps_path, encoding="utf-8") as f:
        steps = json.load(f)
    by_key = {match_key(s["key"]): s["id"] for s in steps if s["key"]}
    by_title = {}
    for s in steps:
        by_title.setdefault(match_key(s["title"]), s["id"])

    start = time.perf_counter()
    df = pd.read_csv(path, usecols=["RecordedDate", "Touchpoint", "NPS", "CSAT", "CES", "Segment"],
                     dtype={"RecordedDate": str, "Touchpoint": str, "Segment": str}, engine="c")
    read = time.perf_counter() - start

    # By key first, then by title, without case or extra spaces; once per
    # distinct value.
    codes, uniques = pd.factorize(df["Touchpoint"])
    resolved = [by_key.get(match_key(v), by_title.get(match_key(v))) for v in uniques]
    step_of = np.array(resolved + [None], dtype=object)  # code -1 (blank) -> None
    df["step"] = step_of[codes]
    df = df[df["step"].notna()]

    # Answers off the scale or not numbers are not counted.
    for column, low, high in (("NPS", 0, 10), ("CSAT", 1, 5), ("CES", 1, 7)):
        values = pd.to_numeric(df[column], errors="coerce")
        df[column] = values.where(values.between(low, high) & (values == np.floor(values)))
    dates = pd.to_datetime(df["RecordedDate"], format="%Y-%m-%dT%H:%M:%SZ", errors="coerce")
    df["month"] = dates.dt.year * 12 + (dates.dt.month - 1)
    df["promoter"] = df["NPS"] >= 9
    df["detractor"] = df["NPS"] <= 6
    df["top2"] = df["CSAT"] >= 4

    def summarise(groups):
        agg = groups.agg(nps_n=("NPS", "count"), promoters=("promoter", "sum"),
                         detractors=("detractor", "sum"), csat_n=("CSAT", "count"),
                         top2=("top2", "sum"), ces_n=("CES", "count"), ces_sum=("CES", "sum"))
        agg["nps"] = (agg["promoters"] - agg["detractors"]) * 100.0 / agg["nps_n"]
        agg["csat"] = agg["top2"] * 100.0 / agg["csat_n"]
        agg["ces"] = agg["ces_sum"] / agg["ces_n"]
        return agg

    overall = summarise(df.groupby("step"))
    monthly = summarise(df.groupby(["step", "month"]))
    by_segment = summarise(df.groupby(["step", "Segment"]))
    month_segment = summarise(df.groupby(["step", "month", "Segment"]))
    seconds = time.perf_counter() - start

    result = {
        "seconds": seconds,
        "read": read,
        "n": {"nps": int(overall["nps_n"].sum()), "csat": int(overall["csat_n"].sum()),
              "ces": int(overall["ces_n"].sum())},
        "nps": {str(step): float(v) for step, v in overall["nps"].items()},
        "monthly": int(len(monthly)),
        "groups": {"month": int((monthly["nps_n"] > 0).sum()),
                   "segment": int((by_segment["nps_n"] > 0).sum()),
                   "monthSegment": int((month_segment["nps_n"] > 0).sum())},
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f, ensure_ascii=False)


if __name__ == "__main__":
    main()
