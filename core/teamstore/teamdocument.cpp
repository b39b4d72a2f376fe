#include "teamdocument.h"

#include "document/document.h"
#include "teamschema.h"
#include "teamstore.h"

#include <QCoreApplication>

namespace waymark {

bool isTeamLocation(const QString &text)
{
    return team::isTeamUri(text);
}

OpenResult openAnyDocument(const QString &pathOrUri, OpenMode mode, const QString &workspace)
{
    if (isTeamLocation(pathOrUri))
        return openTeamDocument(pathOrUri, workspace, mode);
    return openDocument(pathOrUri, mode);
}

OpenResult openTeamDocument(const QString &uri, const QString &workspace, OpenMode mode,
                            const QString &password)
{
    OpenResult result;
    TeamStore::Options options;
    options.password = password;
    auto store = TeamStore::open(uri, workspace, &result.error, options, &result.passwordNeeded);
    if (!store)
        return result;
    result.fileVersion = team::kServerSchemaVersion;
    const QString readOnly = store->readOnlyReason();
    TeamStore *team = store.get();
    result.document = std::make_unique<Document>(std::move(store));
    if (result.document->isReadOnly() && readOnly.isEmpty()) { // the load failed
        result.error = result.document->readOnlyReason();
        result.document.reset();
        return result;
    }
    if (mode == OpenMode::ReadOnly) {
        result.document->setReadOnly(
                QCoreApplication::translate("TeamStore",
                                            "the team workspace \"%1\" is open read-only")
                        .arg(team->workspaceName()));
    } else if (!readOnly.isEmpty()) {
        result.notice = readOnly;
    }
    result.document->followRemoteChanges();
    return result;
}

bool writeWholeWorkspace(DocumentStore &store, const Workspace &ws, QString *error)
{
    if (!store.begin(error))
        return false;
    bool ok = true;
    // Pictures first: personas and steps name them.
    if (store.keepsPictures()) {
        for (qsizetype i = 0; ok && i < ws.pictures.size(); ++i)
            ok = store.insertPicture(ws.pictures.at(i), error);
    }
    auto put = [&](const QString &journey, const auto &list) {
        for (qsizetype i = 0; ok && i < list.size(); ++i)
            ok = store.insert(journey, RowRef(&list.at(i)), i, error);
    };
    put({}, ws.personas);
    put({}, ws.channels);
    put({}, ws.metricDefs);
    for (const Journey &j : ws.journeys) {
        Journey row = j; // the journey's own row; its content follows
        row.stages.clear();
        row.lanes.clear();
        row.steps.clear();
        row.links.clear();
        row.comments.clear();
        row.votes.clear();
        row.metricValues.clear();
        const QList<Journey> one{row};
        const qsizetype index = &j - ws.journeys.constData();
        ok = ok && store.insert({}, RowRef(&one.first()), index, error);
    }
    for (const ImportSource &s : ws.sources)
        ok = ok && store.insert(s.journey, RowRef(&s), 0, error);
    for (const Journey &j : ws.journeys) {
        put(j.id, j.stages);
        put(j.id, j.lanes);
        put(j.id, j.steps);
        put(j.id, j.links);
        put(j.id, j.comments);
        put(j.id, j.votes);
        put(j.id, j.metricValues);
    }
    if (!ok || !store.commit(error)) {
        store.rollback();
        return false;
    }
    return true;
}

} // namespace waymark
