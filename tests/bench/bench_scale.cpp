// How Waymark's model grows with the map (issue 11): generated realistic maps
// of 50 stages x 10 lanes at 1k, 5k, 20k and 50k steps (3 links per step,
// links without ids), each figure with its growth exponent (the slope of log
// time over log size between the two largest sizes; 1 is linear, 2 quadratic)
// and the goal beside it.
//
// Usage: bench_scale [MAX_STEPS [FOLDER]]   (default 50000; the sizes above it are
//        skipped; the generated files are kept in FOLDER when one is given)

#include "commands/documentcommand.h"
#include "commands/fieldcommands.h"
#include "commands/importcommand.h"
#include "commands/stepcommands.h"
#include "document/document.h"
#include "formats/jsonexport.h"
#include "formats/jsonimport.h"
#include "formats/pdfexport.h"
#include "graph/analysis.h"
#include "layout/maplayout.h"
#include "render/labelplacer.h"
#include "storage/documentfile.h"
#include "system/memory.h"

#include "scalemap.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <memory>

using namespace waymark;

namespace {

using Clock = std::chrono::steady_clock;

// This thread's CPU time: beside the wall time, a figure that other work on
// the machine does not stretch.
double threadCpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

double msSince(Clock::time_point start)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

long residentKb()
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return 0;
}

struct Row
{
    int steps = 0;
    double importNoIds = 0, importIds = 0, open = 0, layout = 0, labels = 0, dropFull = 0, drop = 0,
           dropCpu = 0, editP99 = 0, pdf = 0, pdfCpu = 0, analysis = 0;
    long openRssMb = 0;
};

double percentile(QList<double> v, double q)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0
                       : v[std::clamp<qsizetype>(qsizetype(std::ceil(q * v.size())) - 1, 0,
                                                 v.size() - 1)];
}

bool fail(const QString &what)
{
    std::fprintf(stderr, "bench_scale: %s\n", qPrintable(what));
    return false;
}

// JSON text -> model -> a new .cjm file (what `waymark import` does).
bool importInto(const QString &path, const QByteArray &json, double *ms)
{
    const auto start = Clock::now();
    Workspace ws;
    QString error;
    if (!readJson(json, &ws, nullptr, &error))
        return fail(error);
    OpenResult created = createDocument(path);
    if (!created.document)
        return fail(created.error);
    std::unique_ptr<DocumentCommand> cmd(makeImportCommand(created.document.get(), ws, nullptr));
    cmd->redo();
    if (cmd->hasFailed())
        return fail(cmd->error());
    *ms = msSince(start);
    return true;
}

bool measure(int steps, const QString &folder, Row *row)
{
    row->steps = steps;
    const QString noIds = folder + QStringLiteral("/noids-%1.cjm").arg(steps);
    const QString withIds = folder + QStringLiteral("/ids-%1.cjm").arg(steps);
    // BENCH_ONLY=drop: the import without ids, the layout and the drops only.
    const bool dropOnly = qgetenv("BENCH_ONLY") == "drop";
    if (!importInto(noIds, test::makeScaleJson(steps, false), &row->importNoIds)
        || (!dropOnly && !importInto(withIds, test::makeScaleJson(steps, true), &row->importIds)))
        return false;

    // Open to what the first frame needs: the model and its layout.
    const long rssBefore = residentKb();
    auto start = Clock::now();
    OpenResult opened = openDocument(noIds);
    if (!opened.document)
        return fail(opened.error);
    Document *doc = opened.document.get();
    const Journey *j = doc->journey(u"big");
    MapLayout layout = MapLayout::compute(*j);
    row->open = msSince(start);
    row->openRssMb = (residentKb() - rssBefore) / 1024;
    start = Clock::now();
    layout = MapLayout::compute(*j);
    row->layout = msSince(start);

    // The link labels of that layout, from scratch.
    const QList<QRectF> names = lineNameBoxes(layout, layout.bounds());
    start = Clock::now();
    placeLinkLabels(*j, layout, names);
    row->labels = msSince(start);

    // A drop: move one card to another cell, committed, then the layout
    // and the labels again from scratch (what the window did before)...
    const auto move = [&](int index, const QString &stage, const QString &lane) {
        MoveStepsCommand cmd(doc, QStringLiteral("big"), {j->steps[index].id}, stage, lane, 0);
        cmd.redo();
        j = doc->journey(u"big");
        return !cmd.hasFailed() || fail(cmd.error());
    };
    start = Clock::now();
    if (!move(int(j->steps.size() / 2), QStringLiteral("s0"), QStringLiteral("l0")))
        return false;
    layout = MapLayout::compute(*j);
    placeLinkLabels(*j, layout, lineNameBoxes(layout, layout.bounds()));
    row->dropFull = msSince(start);

    // ... and as the window does now: both updated from the ones before.
    MapLayout kept = MapLayout::compute(*j, {}, MapLayout::Routing::Keep);
    LinkLabelPlacer placer;
    placer.place(*j, kept, lineNameBoxes(kept, kept.bounds()));
    start = Clock::now();
    const double cpu = threadCpuMs();
    if (!move(int(j->steps.size() / 3), QStringLiteral("s1"), QStringLiteral("l2")))
        return false;
    kept = MapLayout::update(kept, *j);
    placer.update(*j, kept, lineNameBoxes(kept, kept.bounds()));
    row->drop = msSince(start);
    row->dropCpu = threadCpuMs() - cpu;
    if (dropOnly)
        return true;

    // One edit committed (a title), 200 times on different cards.
    QList<double> edits;
    for (int i = 0; i < 200; ++i) {
        const QString id = j->steps[(i * 7919) % j->steps.size()].id;
        QString error;
        start = Clock::now();
        std::unique_ptr<DocumentCommand> cmd(
                makeStepFieldCommand(doc, QStringLiteral("big"), {id}, QStringLiteral("title"),
                                     QStringLiteral("Edited %1").arg(i), &error));
        if (!cmd)
            return fail(error);
        cmd->redo();
        edits.append(msSince(start));
        if (cmd->hasFailed())
            return fail(cmd->error());
    }
    row->editP99 = percentile(edits, 0.99);

    // PDF, A3, in memory.
    {
        MapExportOptions options;
        options.page = PageFormat::A3;
        options.date = QDate(2026, 12, 3);
        QBuffer out;
        out.open(QIODevice::WriteOnly);
        QString error;
        start = Clock::now();
        const double cpu = threadCpuMs();
        if (!writePdf(doc->workspace(), {QStringLiteral("big")}, options, &out, &error))
            return fail(error);
        row->pdf = msSince(start);
        row->pdfCpu = threadCpuMs() - cpu;
    }

    // Full analysis.
    start = Clock::now();
    const JourneyAnalysis a = analyzeJourney(*j, doc->workspace().metricDefs);
    row->analysis = msSince(start);
    if (a.entries.isEmpty())
        return fail(QStringLiteral("the analysis found no entry"));
    return true;
}

double slope(double t0, double t1, int n0, int n1)
{
    if (t0 <= 0 || t1 <= 0)
        return 0;
    return std::log(t1 / t0) / std::log(double(n1) / double(n0));
}

} // namespace

int main(int argc, char **argv)
{
    // The heap as the app sets it up (app/main.cpp).
    waymark::sys::preferHugePages();
    // The PDF export needs fonts: a GUI application, without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int maxSteps = argc > 1 ? QByteArray(argv[1]).toInt() : 50000;
    QTemporaryDir temp;
    // A folder to keep the generated files in (for a profiler or a look).
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temp.path();
    QList<Row> rows;
    for (int n : {1000, 5000, 20000, 50000}) {
        if (n > maxSteps)
            break;
        Row r;
        if (!measure(n, folder, &r))
            return 1;
        rows.append(r);
        std::fprintf(stderr, "measured %d steps\n", n);
    }
    struct Figure
    {
        const char *name;
        double Row::*field;
        const char *goal;
    };
    const Figure figures[] = {
            {"JSON import, links without ids (ms)", &Row::importNoIds, "10k: <= 600, 50k: <= 3000"},
            {"JSON import, links with ids (ms)", &Row::importIds, "50k: <= 3000"},
            {"open .cjm + layout (first frame's model) (ms)", &Row::open, "50k: <= 2000"},
            {"layout alone (ms)", &Row::layout, ""},
            {"link labels alone (ms)", &Row::labels, ""},
            {"drop, from scratch: commit+layout+labels (ms)", &Row::dropFull, ""},
            {"drop, updated: commit+layout+labels (ms)", &Row::drop, "50k: <= 100"},
            {"  the same, CPU time of the thread (ms)", &Row::dropCpu, ""},
            {"one edit committed, p99 of 200 (ms)", &Row::editP99, "50k: <= 2"},
            {"PDF export, A3 (ms)", &Row::pdf, "5k: <= 1500"},
            {"  the same, CPU time of the thread (ms)", &Row::pdfCpu, ""},
            {"full analysis (ms)", &Row::analysis, "50k: <= 10000"},
    };
    std::printf("%-46s", "steps (links = 3 x steps)");
    for (const Row &r : rows)
        std::printf(" %10d", r.steps);
    std::printf("  %8s  %s\n", "growth", "goal");
    for (const Figure &f : figures) {
        std::printf("%-46s", f.name);
        for (const Row &r : rows)
            std::printf(" %10.1f", r.*(f.field));
        const qsizetype n = rows.size();
        const double g = n >= 2 ? slope(rows[n - 2].*(f.field), rows[n - 1].*(f.field),
                                        rows[n - 2].steps, rows[n - 1].steps)
                                : 0;
        std::printf("  %8.2f  %s\n", g, f.goal);
    }
    std::printf("%-46s", "resident memory added by the open (MB)");
    for (const Row &r : rows)
        std::printf(" %10ld", r.openRssMb);
    std::printf("  %8s  %s\n", "", "50k: <= 500 (whole process)");
    std::printf("process peak resident: %ld MB\n", residentKb() / 1024);
    return 0;
}
