// The process tst_crash kills with SIGKILL at random moments.
//
//   crashchild edit FILE SEED FIRST   edits FILE through core's commands
//                                     (edit FIRST, FIRST+1, ...), printing
//                                     "done N" once edit N is committed
//   crashchild import FILE DATA.csv   imports DATA.csv as metrics (one undo
//                                     step), printing "planned" when the
//                                     data is read and "done" once written
//
// "ready" is printed once the file is open for editing.

#include "crashedits.h"

#include "commands/importmetricscommand.h"
#include "metrics/datafile.h"
#include "metrics/metricimport.h"
#include "metrics/preview.h"
#include "metrics/proposal.h"
#include "storage/documentfile.h"

#include <QCoreApplication>

#include <cstdio>

using namespace waymark;

namespace {

void say(const QByteArray &line)
{
    std::fputs(line.constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int failWith(const QString &error)
{
    std::fprintf(stderr, "crashchild: %s\n", qPrintable(error));
    return 1;
}

int edit(Document *doc, quint64 seed, int first)
{
    UndoStack stack;
    for (int i = first;; ++i) {
        QString error;
        if (!crashtest::applyEdit(doc, &stack, seed, i, &error))
            return failWith(error);
        say("done " + QByteArray::number(i));
    }
}

int import(Document *doc, const QString &dataPath)
{
    DataFile file;
    QString error;
    if (!file.open(dataPath, &error))
        return failWith(error);
    DataPreview preview;
    CsvError csvError;
    if (!readPreview(file, std::nullopt, kProposalRows, &preview, &csvError))
        return failWith(csvError.toString());
    // The data names steps of the first journey (the future state shares many titles).
    const MappingProposal proposal
            = proposeMapping(preview, doc->workspace(), doc->workspace().journeys.value(0).id);
    if (!proposal.isUsable())
        return failWith(proposal.notes.join(u"; "));
    ImportPlan plan;
    if (!planImport(doc->workspace(), proposal.journey, file, preview, proposal.mapping, {}, &plan,
                    &error))
        return failWith(error);
    say("planned " + QByteArray::number(plan.values.size()));
    UndoStack stack;
    if (!stack.tryPush(new ImportMetricsCommand(doc, std::move(plan)), &error))
        return failWith(error);
    say("done");
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4 && args.size() != 5)
        return failWith(
                QStringLiteral("usage: crashchild edit FILE SEED FIRST | import FILE DATA"));
    OpenResult opened = openDocument(args.at(2));
    if (!opened.document)
        return failWith(opened.error);
    if (opened.document->isReadOnly())
        return failWith(opened.document->readOnlyReason());
    say("ready");
    if (args.at(1) == u"edit" && args.size() == 5)
        return edit(opened.document.get(), args.at(3).toULongLong(), args.at(4).toInt());
    if (args.at(1) == u"import")
        return import(opened.document.get(), args.at(3));
    return failWith(QStringLiteral("unknown mode"));
}
