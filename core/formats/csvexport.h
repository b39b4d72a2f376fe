#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace waymark {

struct Workspace;

// The steps of the journeys named by `journeyIds` (all when empty) in map
// order, one row each: journey, step, stage, lane, title, kind, channel,
// owner, priority, due, emotion, momentOfTruth, entry, goal, key, then for
// each metric with a value on any of them its value and answer count
// ("nps", "nps_n"). RFC 4180 (commas, double quotes, CRLF) in UTF-8 with a
// byte order mark, which Excel needs to read UTF-8.
QByteArray exportStepsCsv(const Workspace &workspace, const QStringList &journeyIds = {});

// The workshop's dot votes: one row per card with votes, ranked per journey
// (ties share a rank): rank, votes, participants, journey, step, stage, lane,
// title, kind, comments. Same CSV dialect.
QByteArray exportVotesCsv(const Workspace &workspace, const QStringList &journeyIds = {});

// One field, quoted when it holds a comma, a quote or a line break.
QString csvField(const QString &value);

} // namespace waymark
