#!/usr/bin/env python3
"""Builds the migration fixtures in this folder: .cjm files as older Waymark
versions wrote them. The schema text is read from core/storage/schema.cpp, so
a fixture is exactly what that version's upgrade step created.

Run once when a schema version is added; commit the .cjm it writes."""
import os
import re
import sqlite3
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
SCHEMA = os.path.join(HERE, "..", "..", "core", "storage", "schema.cpp")
APPLICATION_ID = 0x574D524B


def upgrade_steps():
    text = open(SCHEMA, encoding="utf-8").read()
    steps = dict(re.findall(r'constexpr const char \*kVersion(\d+) = R"sql\((.*?)\)sql";', text, re.S))
    return [steps[str(v)] for v in sorted(int(k) for k in steps)]


def make_v1(path):
    if os.path.exists(path):
        os.remove(path)
    db = sqlite3.connect(path)
    db.executescript(upgrade_steps()[0])
    db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    db.execute("PRAGMA user_version = 1")
    db.executescript("""
    INSERT INTO meta VALUES ('created', '2025-06-01T09:00:00Z');
    INSERT INTO persona VALUES ('p1', 0, 'Olga, commuter', 'Get to work on time', 'Every minute counts.', '');
    INSERT INTO channel VALUES ('app', 0, 'Mobile app', 'digital', 'app');
    INSERT INTO channel VALUES ('desk', 1, 'Ticket desk', 'human', 'store');
    INSERT INTO metric_def VALUES ('csat', 0, 'CSAT', 'csat', 'top2', '%', 1, 5, 1, 80, 60);
    INSERT INTO journey VALUES ('j1', 0, 'Buy a monthly pass', 'p1', 'Olga renews her pass', '', 'current', 'journey');
    INSERT INTO stage VALUES ('j1', 's1', 0, 'Plan', '');
    INSERT INTO stage VALUES ('j1', 's2', 1, 'Buy', '');
    INSERT INTO lane VALUES ('j1', 'l1', 0, 'Customer actions', 'customer');
    INSERT INTO lane VALUES ('j1', 'l2', 1, 'Pain points', 'painpoints');
    INSERT INTO step (journey, id, position, stage, lane, ord, title, description, kind, channel, owner, emotion, moment, entry, goal, ext_key, tags, color)
        VALUES ('j1', 'a', 0, 's1', 'l1', 0, 'Opens the app', '', 'touchpoint', 'app', 'Digital', 1, 0, 1, 0, 'TP-1', '["mobile"]', '');
    INSERT INTO step (journey, id, position, stage, lane, ord, title, description, kind, channel, owner, emotion, moment, entry, goal, ext_key, tags, color)
        VALUES ('j1', 'b', 1, 's2', 'l1', 0, 'Pays at the desk', 'Cash only', 'touchpoint', 'desk', 'Stations', -1, 1, 0, 1, 'TP-2', '[]', '#ff8800');
    INSERT INTO step (journey, id, position, stage, lane, ord, title, description, kind, channel, owner, emotion, moment, entry, goal, ext_key, tags, color)
        VALUES ('j1', 'c', 2, 's2', 'l2', 0, 'Queue at rush hour', '', 'painpoint', NULL, '', NULL, 0, 0, 0, '', '[]', '');
    INSERT INTO link VALUES ('j1', 'l1', 0, 'a', 'b', 'handoff', 'goes to the desk', 0.7, 1);
    INSERT INTO import_source VALUES ('src1', 'j1', 'survey.csv', '2025-06-02T10:00:00Z', 'plain', '{}', 'sig', 120, 118, 2, 0, '{}');
    INSERT INTO metric_value VALUES ('j1', 'b', 'csat', '', '', 'src1', 118, 72.03, 468, '[3,10,20,40,45]');
    """)
    db.commit()
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()


def make_v2(path):
    """Version 1 upgraded to 2, with the workshop data version 2 added."""
    make_v1(path)
    db = sqlite3.connect(path)
    db.executescript(upgrade_steps()[1])
    db.execute("PRAGMA user_version = 2")
    db.executescript("""
    UPDATE step SET priority = 'high', due = '2025-07-01' WHERE id = 'b';
    UPDATE journey SET votes_per_participant = 3;
    INSERT INTO comment VALUES ('j1', 'n1', 0, 'b', 'Ира', 'Cash only? Really?', '2025-06-03T11:00:00.000Z');
    INSERT INTO vote VALUES ('j1', 'c', 'Team A', 2, 0);
    """)
    db.commit()
    db.execute("PRAGMA journal_mode = DELETE")
    db.close()


if __name__ == "__main__":
    make_v1(os.path.join(HERE, "schema-v1.cjm"))
    make_v2(os.path.join(HERE, "schema-v2.cjm"))
    print("wrote schema-v1.cjm, schema-v2.cjm", file=sys.stderr)
