#include "schema.h"

#include "sqlite.h"

#include <QCoreApplication>

#include <string>

namespace waymark {

namespace {

// Version 1: the model without workshop data.
constexpr const char *kVersion1 = R"sql(
CREATE TABLE meta(
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE persona(
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    goals TEXT NOT NULL DEFAULT '',
    quote TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT ''
);

CREATE TABLE channel(
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL DEFAULT 'digital',
    icon TEXT NOT NULL DEFAULT ''
);

CREATE TABLE metric_def(
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    formula TEXT NOT NULL,
    unit TEXT NOT NULL DEFAULT '',
    scale_min REAL,
    scale_max REAL,
    higher_better INTEGER NOT NULL DEFAULT 1,
    green REAL,
    amber REAL
);

CREATE TABLE journey(
    id TEXT PRIMARY KEY,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    persona TEXT REFERENCES persona(id),
    scenario TEXT NOT NULL DEFAULT '',
    description TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'current',
    kind TEXT NOT NULL DEFAULT 'journey'
);

CREATE TABLE stage(
    journey TEXT NOT NULL REFERENCES journey(id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(journey, id)
) WITHOUT ROWID;

CREATE TABLE lane(
    journey TEXT NOT NULL REFERENCES journey(id),
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    PRIMARY KEY(journey, id)
) WITHOUT ROWID;

CREATE TABLE step(
    journey TEXT NOT NULL,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    stage TEXT NOT NULL,
    lane TEXT NOT NULL,
    ord INTEGER NOT NULL DEFAULT 0,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    kind TEXT NOT NULL,
    channel TEXT REFERENCES channel(id),
    owner TEXT NOT NULL DEFAULT '',
    emotion INTEGER CHECK (emotion BETWEEN -2 AND 2),
    moment INTEGER NOT NULL DEFAULT 0,
    entry INTEGER NOT NULL DEFAULT 0,
    goal INTEGER NOT NULL DEFAULT 0,
    ext_key TEXT NOT NULL DEFAULT '',
    tags TEXT NOT NULL DEFAULT '[]',
    color TEXT NOT NULL DEFAULT '',
    PRIMARY KEY(journey, id),
    FOREIGN KEY(journey, stage) REFERENCES stage(journey, id),
    FOREIGN KEY(journey, lane) REFERENCES lane(journey, id)
) WITHOUT ROWID;

CREATE TABLE link(
    journey TEXT NOT NULL,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    src TEXT NOT NULL,
    dst TEXT NOT NULL,
    kind TEXT NOT NULL,
    label TEXT NOT NULL DEFAULT '',
    share REAL CHECK (share BETWEEN 0 AND 1),
    typical INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY(journey, id),
    FOREIGN KEY(journey, src) REFERENCES step(journey, id),
    FOREIGN KEY(journey, dst) REFERENCES step(journey, id)
) WITHOUT ROWID;

CREATE TABLE import_source(
    id TEXT PRIMARY KEY,
    journey TEXT NOT NULL REFERENCES journey(id),
    file_name TEXT NOT NULL,
    imported_at TEXT NOT NULL,
    layout TEXT NOT NULL DEFAULT 'plain',
    mapping TEXT NOT NULL DEFAULT '{}',
    signature TEXT NOT NULL DEFAULT '',
    rows_read INTEGER NOT NULL DEFAULT 0,
    rows_matched INTEGER NOT NULL DEFAULT 0,
    rows_unmatched INTEGER NOT NULL DEFAULT 0,
    rows_rejected INTEGER NOT NULL DEFAULT 0,
    report TEXT NOT NULL DEFAULT '{}'
);

CREATE TABLE metric_value(
    journey TEXT NOT NULL,
    step TEXT NOT NULL,
    metric TEXT NOT NULL REFERENCES metric_def(id),
    period TEXT NOT NULL DEFAULT '',
    segment TEXT NOT NULL DEFAULT '',
    source TEXT REFERENCES import_source(id),
    n INTEGER NOT NULL,
    value REAL NOT NULL,
    sum REAL NOT NULL DEFAULT 0,
    histogram TEXT NOT NULL DEFAULT '[]',
    FOREIGN KEY(journey, step) REFERENCES step(journey, id)
);
CREATE INDEX metric_value_step ON metric_value(journey, step);
CREATE INDEX metric_value_source ON metric_value(source);
)sql";

// Version 2: workshop data (comments, dot votes) and action items on steps.
constexpr const char *kVersion2 = R"sql(
ALTER TABLE step ADD COLUMN priority TEXT NOT NULL DEFAULT 'none';
ALTER TABLE step ADD COLUMN due TEXT NOT NULL DEFAULT '';
ALTER TABLE journey ADD COLUMN votes_per_participant INTEGER NOT NULL DEFAULT 5;

CREATE TABLE comment(
    journey TEXT NOT NULL,
    id TEXT NOT NULL,
    position INTEGER NOT NULL,
    step TEXT NOT NULL,
    author TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL,
    created TEXT NOT NULL,
    PRIMARY KEY(journey, id),
    FOREIGN KEY(journey, step) REFERENCES step(journey, id)
) WITHOUT ROWID;

CREATE TABLE vote(
    journey TEXT NOT NULL,
    step TEXT NOT NULL,
    participant TEXT NOT NULL,
    count INTEGER NOT NULL CHECK (count >= 0),
    position INTEGER NOT NULL,
    PRIMARY KEY(journey, step, participant),
    FOREIGN KEY(journey, step) REFERENCES step(journey, id)
) WITHOUT ROWID;
)sql";

// Version 3: indexes for the edits a big map makes often — deleting a card
// finds its links and comments, inserting or deleting a row shifts the
// positions after it — so that they stay a few rows' work.
constexpr const char *kVersion3 = R"sql(
CREATE INDEX link_from ON link(journey, src);
CREATE INDEX link_to ON link(journey, dst);
CREATE INDEX link_position ON link(journey, position);
CREATE INDEX step_position ON step(journey, position);
CREATE INDEX comment_step ON comment(journey, step);
)sql";

// Version 4: what event logs say customers did, one row per journey (the
// result of its last event import as JSON; core/storage/observedstore.cpp).
constexpr const char *kVersion4 = R"sql(
CREATE TABLE observed(
    journey TEXT PRIMARY KEY,
    source TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL DEFAULT '',
    data TEXT NOT NULL
) WITHOUT ROWID;
)sql";

// Version 5: pictures (persona photos, card pictures), each kept once by
// its content (core/model/picture.h); steps and personas name theirs.
constexpr const char *kVersion5 = R"sql(
CREATE TABLE picture(
    id TEXT PRIMARY KEY,
    mime TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL
);
ALTER TABLE step ADD COLUMN picture TEXT REFERENCES picture(id);
ALTER TABLE persona ADD COLUMN photo TEXT REFERENCES picture(id);
)sql";

// Upgrade step i takes a file from version i to version i + 1.
constexpr const char *kUpgrades[] = {kVersion1, kVersion2, kVersion3, kVersion4, kVersion5};
static_assert(std::size(kUpgrades) == kSchemaVersion, "one upgrade step per schema version");

} // namespace

bool upgradeSchema(Database &db, int fromVersion, int toVersion, QString *error)
{
    if (fromVersion < 0 || toVersion > kSchemaVersion || fromVersion > toVersion) {
        if (error) {
            *error = QCoreApplication::translate("Storage", "cannot upgrade from version %1 to %2")
                             .arg(fromVersion)
                             .arg(toVersion);
        }
        return false;
    }
    for (int v = fromVersion; v < toVersion; ++v) {
        if (!db.exec(kUpgrades[v], error))
            return false;
    }
    const std::string pragmas = "PRAGMA application_id = " + std::to_string(kApplicationId)
                                + "; PRAGMA user_version = " + std::to_string(toVersion) + ";";
    return db.exec(pragmas.c_str(), error);
}

} // namespace waymark
