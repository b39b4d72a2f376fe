#pragma once

#include "importreport.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace waymark {

struct Workspace;

// The per-step metrics JSON of DESIGN.md §7 (`waymark metrics --json`): the
// journeys named (all when empty), each step with its metrics, and what the
// imports into those journeys could not use.
QByteArray metricsJson(const Workspace &workspace, const QStringList &journeyIds = {});

// Unmatched step values and rejected rows over the imports into the journeys
// named (all when empty), unmatched values merged by value, most rows first.
struct ImportIssues
{
    QList<UnmatchedValue> unmatched;
    qint64 rejected = 0; // rows with a rejected answer
};
ImportIssues importIssues(const Workspace &workspace, const QStringList &journeyIds = {});

} // namespace waymark
