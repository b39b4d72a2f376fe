#!/usr/bin/python3
"""The pandas peer of bench_events: the same work on the same event log, done
the way a careful analyst would (read_csv on the needed columns, activities
matched once per distinct value, one stable sort, shift() within cases,
groupby for transitions, variants and durations).

Usage: peer_pandas_events.py EVENTS.csv STEPS.json OUT.json
STEPS.json is [{"id", "key", "title"}, ...]. Writes the seconds taken and the
answers (transitions with counts and cases, variant count and the top variant
sizes, median minutes per step, the channel mix per step, and per segment
value its cases and the cases that reached the goal, the last step) for
bench_events to compare.
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
    by_key = {match_key(s["key"]): i for i, s in enumerate(steps) if s["key"]}
    by_title = {}
    for i, s in enumerate(steps):
        by_title.setdefault(match_key(s["title"]), i)

    start = time.perf_counter()
    df = pd.read_csv(path, usecols=["case_id", "activity", "timestamp", "channel", "segment"],
                     dtype={"case_id": str, "activity": str, "timestamp": str, "channel": str,
                            "segment": str}, engine="c")
    # Activities to steps, once per distinct value; unmatched events dropped.
    codes, uniques = pd.factorize(df["activity"])
    resolved = np.array([by_key.get(match_key(v), by_title.get(match_key(v), -1))
                         for v in uniques], dtype=np.int32)
    step = resolved[codes]
    keep = step >= 0
    case_codes, _ = pd.factorize(df["case_id"])
    ts = pd.to_datetime(df["timestamp"], format="%Y-%m-%dT%H:%M:%SZ").values.astype(np.int64)
    ev = pd.DataFrame({"case": case_codes[keep], "step": step[keep], "ts": ts[keep],
                       "row": np.arange(len(df))[keep],
                       "channel": df["channel"].str.strip().values[keep],
                       "segment": df["segment"].str.strip().values[keep]})
    del df
    # Each case by time, ties in file order.
    ev = ev.sort_values(["case", "ts", "row"], kind="stable", ignore_index=True)
    case = ev["case"].values
    st = ev["step"].values
    t = ev["ts"].values
    same = np.zeros(len(ev), dtype=bool)
    same[:-1] = case[1:] == case[:-1]
    nxt = np.empty(len(ev), dtype=np.int32)
    nxt[:-1] = st[1:]
    nxt[-1] = -1
    pairs = pd.DataFrame({"case": case[same], "from": st[same], "to": nxt[same]})
    counts = pairs.groupby(["from", "to"]).size()
    cases = pairs.drop_duplicates().groupby(["from", "to"]).size()
    # Time to the next event of the case, per step, in minutes.
    gap = pd.Series((t[1:] - t[:-1])[same[:-1]] / 60e9)
    medians = gap.groupby(st[:-1][same[:-1]]).median()
    # Variants: each case's path, counted.
    paths = ev.groupby("case", sort=False)["step"].agg(tuple)
    variants = paths.value_counts()
    # The channel mix per step (blank values in no channel).
    mix = ev[ev["channel"].fillna("") != ""].groupby(["step", "channel"]).size()
    # Each case's segment: its first value in time order; per value the cases
    # and those that reached the goal (the last step).
    seg = ev[ev["segment"].fillna("") != ""].groupby("case", sort=False)["segment"].first()
    goal = ev.groupby("case", sort=False)["step"].max() == len(steps) - 1
    by_segment = pd.DataFrame({"segment": seg, "goal": goal.reindex(seg.index)})
    segments = by_segment.groupby("segment")["goal"].agg(["size", "sum"])
    seconds = time.perf_counter() - start

    transitions = {}
    for (a, b), n in counts.items():
        transitions[f"{steps[a]['id']}>{steps[b]['id']}"] = [int(n), int(cases[(a, b)])]
    result = {
        "seconds": seconds,
        "cases": int(len(paths)),
        "events": int(len(ev)),
        "transitions": transitions,
        "variantCount": int(len(variants)),
        "topVariants": [int(v) for v in variants.values[:100]],
        "median": {steps[int(s)]["id"]: float(m) for s, m in medians.items()},
        "channels": {f"{steps[int(s)]['id']}>{c}": int(n) for (s, c), n in mix.items()},
        "segments": {str(v): [int(r["size"]), int(r["sum"])] for v, r in segments.iterrows()},
    }
    with open(out, "w", encoding="utf-8") as f:
        json.dump(result, f)


if __name__ == "__main__":
    main()
