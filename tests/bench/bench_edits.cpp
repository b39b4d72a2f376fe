// How long one edit takes to be committed to the .cjm file (issue 2: p99 <=
// 2 ms for 1,000 edits on a 5,000-step document), against what an editor that
// saves the whole document on every change pays for the same change.
//
// Usage: bench_edits [FOLDER]   (the file is made in FOLDER, default: a temp folder)

#include "commands/documentcommand.h"
#include "commands/fieldcommands.h"
#include "commands/stepcommands.h"
#include "commands/undostack.h"
#include "document/document.h"
#include "formats/jsonexport.h"
#include "storage/documentfile.h"
#include "system/memory.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <unistd.h>

using namespace waymark;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kStages = 20;
constexpr int kLanes = 10;
constexpr int kSteps = 5000;
constexpr int kLinks = 7500;
constexpr int kEdits = 1000;
constexpr int kPeerEvery = 10; // the peer saves on every edit; we time every 10th
const QString kJourney = QStringLiteral("big");

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

struct Stats
{
    double p50 = 0, p99 = 0, max = 0, mean = 0;
    qsizetype n = 0;
};

Stats stats(QList<double> ms)
{
    Stats s;
    s.n = ms.size();
    if (ms.isEmpty())
        return s;
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
        const qsizetype i = std::clamp<qsizetype>(qsizetype(std::ceil(q * double(ms.size()))) - 1,
                                                  0, ms.size() - 1);
        return ms[i];
    };
    s.p50 = at(0.50);
    s.p99 = at(0.99);
    s.max = ms.last();
    double sum = 0;
    for (double v : ms)
        sum += v;
    s.mean = sum / double(ms.size());
    return s;
}

void printStats(const char *label, const Stats &s)
{
    std::printf("%-58s n=%-5lld p50 %7.3f ms  p99 %7.3f ms  max %7.3f ms  mean %7.3f ms\n", label,
                static_cast<long long>(s.n), s.p50, s.p99, s.max, s.mean);
}

Journey generate(QRandomGenerator &rng)
{
    Journey j;
    j.id = kJourney;
    j.name = QStringLiteral("Generated: %1 steps").arg(kSteps);
    j.kind = JourneyKind::Blueprint;
    for (int s = 0; s < kStages; ++s)
        j.stages.append({QStringLiteral("st%1").arg(s), QStringLiteral("Stage %1").arg(s + 1), {}});
    for (int l = 0; l < kLanes; ++l)
        j.lanes.append({QStringLiteral("ln%1").arg(l), QStringLiteral("Lane %1").arg(l + 1),
                        LaneKind(l % enumCount<LaneKind>())});
    const QStringList channels{QStringLiteral("web"), QStringLiteral("app"),
                               QStringLiteral("store"), QStringLiteral("phone"),
                               QStringLiteral("chat")};
    const QStringList owners{QStringLiteral("Marketing"), QStringLiteral("E-commerce"),
                             QStringLiteral("Retail"), QStringLiteral("Logistics"),
                             QStringLiteral("Customer service")};
    const int perCell = kSteps / (kStages * kLanes);
    for (int i = 0; i < kSteps; ++i) {
        const int cell = i / perCell;
        Step s;
        s.id = QStringLiteral("s%1").arg(i);
        s.stage = j.stages[cell / kLanes].id;
        s.lane = j.lanes[cell % kLanes].id;
        s.order = i % perCell;
        s.title = QStringLiteral("Step %1 of the generated journey").arg(i);
        s.description = QStringLiteral("A description long enough to look like a real one, "
                                       "with a second sentence about step %1.")
                                .arg(i);
        s.kind = StepKind(rng.bounded(enumCount<StepKind>()));
        s.channel = channels[rng.bounded(int(channels.size()))];
        s.owner = owners[rng.bounded(int(owners.size()))];
        s.emotion = rng.bounded(5) - 2;
        s.key = QStringLiteral("TP-%1").arg(i);
        j.steps.append(s);
    }
    for (int i = 0; i < kLinks; ++i) {
        Link l;
        l.id = QStringLiteral("k%1").arg(i);
        // A chain through all steps, then forward links that branch.
        const int from = i < kSteps - 1 ? i : rng.bounded(kSteps - 1);
        const int to = i < kSteps - 1 ? i + 1 : from + 1 + rng.bounded(kSteps - 1 - from);
        l.from = j.steps[from].id;
        l.to = j.steps[to].id;
        l.kind = LinkKind(rng.bounded(enumCount<LinkKind>()));
        l.share = double(rng.bounded(100)) / 100.0;
        j.links.append(l);
    }
    return j;
}

bool buildFile(const QString &path, QRandomGenerator &rng, double *ms)
{
    OpenResult created = createDocument(path);
    if (!created.document) {
        std::fprintf(stderr, "cannot create %s: %s\n", qPrintable(path), qPrintable(created.error));
        return false;
    }
    Document &doc = *created.document;
    QString error;
    const auto start = Clock::now();
    const QStringList channels{QStringLiteral("web"), QStringLiteral("app"),
                               QStringLiteral("store"), QStringLiteral("phone"),
                               QStringLiteral("chat")};
    for (int i = 0; i < channels.size(); ++i) {
        if (!doc.insertChannel({channels[i], channels[i], ChannelKind::Digital, {}}, i, &error))
            break;
    }
    if (error.isEmpty())
        doc.insertJourney(generate(rng), 0, &error);
    *ms = msSince(start);
    if (!error.isEmpty()) {
        std::fprintf(stderr, "cannot fill %s: %s\n", qPrintable(path), qPrintable(error));
        return false;
    }
    return true;
}

// What an editor that keeps no database pays per change: the whole document
// serialised and written safely (temp file, fsync, rename).
bool saveWhole(const Document &doc, const QString &path, qsizetype *bytes)
{
    const QByteArray json = exportJson(doc.workspace());
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(json) != json.size() || !file.commit())
        return false;
    *bytes = json.size();
    return true;
}

// The floor under any durable edit on this disk: one 4 KB write made durable.
QList<double> fsyncFloor(const QString &path, int count)
{
    QList<double> ms;
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Truncate))
        return ms;
    const QByteArray page(4096, 'x');
    for (int i = 0; i < count; ++i) {
        const auto start = Clock::now();
        file.seek(0);
        file.write(page);
        file.flush();
        ::fdatasync(file.handle());
        ms.append(msSince(start));
    }
    file.close();
    file.remove();
    return ms;
}

QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll()).section(u' ', 0, 2)
                                       : QStringLiteral("?");
}

} // namespace

int main(int argc, char *argv[])
{
    // The heap as the app sets it up (app/main.cpp).
    waymark::sys::preferHugePages();
    QCoreApplication app(argc, argv);
    QTemporaryDir temp;
    const QString folder = argc > 1 ? QString::fromLocal8Bit(argv[1]) : temp.path();
    const QString path = folder + QStringLiteral("/bench-edits.cjm");
    const QString peerPath = folder + QStringLiteral("/bench-edits-peer.json");
    QFile::remove(path);
    QRandomGenerator rng(20260301);

    double buildMs = 0;
    if (!buildFile(path, rng, &buildMs))
        return 1;
    // Measure on a file opened as a user would open it.
    OpenResult opened = openDocument(path);
    if (!opened.document || opened.document->isReadOnly()) {
        std::fprintf(stderr, "cannot open %s: %s %s\n", qPrintable(path), qPrintable(opened.error),
                     qPrintable(opened.notice));
        return 1;
    }
    Document *doc = opened.document.get();
    std::printf("bench_edits: %d steps, %d links, %d stages x %d lanes in %s\n", kSteps, kLinks,
                kStages, kLanes, qPrintable(path));
    std::printf("  file %.1f MB, built in %.0f ms (one transaction); journal WAL, synchronous "
                "FULL\n",
                double(QFileInfo(path).size()) / 1e6, buildMs);

    std::printf("  machine: %d cores, load average %s (timings are wall clock)\n",
                int(sysconf(_SC_NPROCESSORS_ONLN)), qPrintable(loadAverage()));
    const Stats floor = stats(fsyncFloor(folder + QStringLiteral("/bench-fsync.tmp"), 200));

    UndoStack stack;
    QList<double> all, allWithBuild, peer;
    std::map<std::string, QList<double>> byKind;
    qsizetype peerBytes = 0;
    QString error;
    int edits = 0;
    int failures = 0;

    // One edit: build the command, push it (timed), and now and then let the
    // peer save the whole document for the same change.
    auto push = [&](const char *kind, DocumentCommand *command, Clock::time_point built) {
        if (!command) {
            ++failures;
            return;
        }
        const auto start = Clock::now();
        const bool ok = stack.tryPush(command, &error);
        const double ms = msSince(start);
        if (!ok) {
            ++failures;
            std::fprintf(stderr, "edit failed: %s\n", qPrintable(error));
            return;
        }
        all.append(ms);
        allWithBuild.append(msSince(built));
        byKind[kind].append(ms);
        if (edits % kPeerEvery == 0) {
            const auto peerStart = Clock::now();
            if (saveWhole(*doc, peerPath, &peerBytes))
                peer.append(msSince(peerStart));
        }
        ++edits;
    };

    const Journey *j = doc->journey(kJourney);
    while (edits < kEdits) {
        j = doc->journey(kJourney);
        const int roll = rng.bounded(100);
        const Step &step = j->steps[rng.bounded(int(j->steps.size()))];
        const auto built = Clock::now();
        if (roll < 35) {
            push("title edit",
                 makeStepFieldCommand(doc, kJourney, {step.id}, QStringLiteral("title"),
                                      QStringLiteral("Edited %1").arg(edits), &error),
                 built);
        } else if (roll < 55) {
            QString stage, lane;
            do {
                stage = j->stages[rng.bounded(kStages)].id;
                lane = j->lanes[rng.bounded(kLanes)].id;
            } while (stage == step.stage && lane == step.lane);
            push("move to another cell",
                 new MoveStepsCommand(doc, kJourney, {step.id}, stage, lane, rng.bounded(30)),
                 built);
        } else if (roll < 80) {
            QString added;
            push("add a card",
                 makeAddStepCommand(doc, kJourney, step.stage, step.lane,
                                    QStringLiteral("New card"), StepKind::Action, &added),
                 built);
            if (edits < kEdits) {
                const auto again = Clock::now();
                push("delete the added card", new RemoveItemsCommand(doc, kJourney, {added}, {}),
                     again);
            }
        } else {
            const Link &link = j->links[rng.bounded(int(j->links.size()))];
            push("link share edit",
                 makeLinkFieldCommand(doc, kJourney, {link.id}, QStringLiteral("share"),
                                      double(rng.bounded(101)) / 100.0, &error),
                 built);
        }
    }

    // Undo is an edit too: the last 200, timed the same way.
    QList<double> undo;
    for (int i = 0; i < 200 && stack.canUndo(); ++i) {
        const auto start = Clock::now();
        if (!stack.tryUndo(&error)) {
            ++failures;
            break;
        }
        undo.append(msSince(start));
    }

    // Outside the mix: deleting a card in the middle of the document, with its
    // links; every row after it moves up one position.
    QList<double> removeMiddle, restoreMiddle;
    stack.clear();
    for (int i = 0; i < 50; ++i) {
        j = doc->journey(kJourney);
        const QString id
                = j->steps[int(j->steps.size()) / 4 + rng.bounded(int(j->steps.size()) / 2)].id;
        auto start = Clock::now();
        if (!stack.tryPush(new RemoveItemsCommand(doc, kJourney, {id}, {}), &error)) {
            ++failures;
            break;
        }
        removeMiddle.append(msSince(start));
        start = Clock::now();
        if (!stack.tryUndo(&error)) {
            ++failures;
            break;
        }
        restoreMiddle.append(msSince(start));
    }

    const Stats ours = stats(all);
    const Stats theirs = stats(peer);
    std::printf("\n");
    printStats("waymark: commit per edit (UndoStack::tryPush), all edits", ours);
    printStats("waymark: build command + commit, all edits", stats(allWithBuild));
    for (const auto &[kind, ms] : byKind) {
        const QByteArray label = "  " + QByteArray(kind.c_str());
        printStats(label.constData(), stats(ms));
    }
    printStats("waymark: undo (UndoStack::tryUndo), last 200 edits", stats(undo));
    printStats("waymark: delete a card mid-document with its links", stats(removeMiddle));
    printStats("waymark: undo of that delete", stats(restoreMiddle));
    printStats("disk: 4 KB write + fdatasync, same folder (durability floor)", floor);
    std::printf("\n");
    const QByteArray peerLabel = "peer: save whole document per edit (exportJson + QSaveFile)";
    printStats(peerLabel.constData(), theirs);
    std::printf("  peer writes %.1f MB of JSON per change (every %dth edit timed)\n",
                double(peerBytes) / 1e6, kPeerEvery);
    if (ours.p50 > 0 && ours.p99 > 0) {
        std::printf("ratio peer / waymark: p50 %.0fx, p99 %.0fx\n", theirs.p50 / ours.p50,
                    theirs.p99 / ours.p99);
    }
    std::printf("goal p99 <= 2 ms: %s (p99 %.3f ms)\n", ours.p99 <= 2.0 ? "met" : "NOT met",
                ours.p99);
    if (failures)
        std::printf("FAILED EDITS: %d\n", failures);
    opened.document.reset();
    return failures ? 1 : 0;
}
