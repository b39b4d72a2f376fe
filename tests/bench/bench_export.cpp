// Exporting a big blueprint to PDF (issue 6): 500 steps in 10 stages and 5
// blueprint lanes (10 cards per cell), ~700 links, to A3 paper, tiled.
// Target: <= 1.5 s for the whole export (layout, routing, tiling, painting,
// writing the file) and faster than Graphviz drawing the same picture in the
// same run: `neato -n2 -Tpdf` given every box (cards, stage and lane headers)
// and every line (the links' routed polylines) at Waymark's positions, so
// Graphviz computes no layout and only draws. Each side: the same number of
// runs, the median. What each draws is printed with the times.
//
// Usage: bench_export [RUNS] [FOLDER]   (default 5, a temp folder)

#include "formats/pdfexport.h"
#include "layout/maplayout.h"
#include "model/workspace.h"
#include "system/memory.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace waymark;

namespace {

constexpr int kStages = 10;
constexpr int kLanes = 5;
constexpr int kSteps = 500;

Workspace makeBlueprint()
{
    Workspace ws;
    ws.channels
            = {{QStringLiteral("web"), QStringLiteral("Website"), ChannelKind::Digital, {}},
               {QStringLiteral("store"), QStringLiteral("Store"), ChannelKind::Physical, {}},
               {QStringLiteral("phone"), QStringLiteral("Call centre"), ChannelKind::Human, {}}};
    Journey j;
    j.id = QStringLiteral("big");
    j.name = QStringLiteral("Benchmark blueprint: 500 steps");
    j.kind = JourneyKind::Blueprint;
    const LaneKind kinds[kLanes] = {LaneKind::Evidence, LaneKind::Customer, LaneKind::Frontstage,
                                    LaneKind::Backstage, LaneKind::Support};
    const char *laneNames[kLanes] = {"Physical evidence", "Customer actions", "Frontstage",
                                     "Backstage", "Support processes"};
    for (int s = 0; s < kStages; ++s)
        j.stages.append({QStringLiteral("s%1").arg(s), QStringLiteral("Stage %1").arg(s + 1), {}});
    for (int l = 0; l < kLanes; ++l)
        j.lanes.append({QStringLiteral("l%1").arg(l), QString::fromLatin1(laneNames[l]), kinds[l]});
    QRandomGenerator rng(42);
    const int perCell = kSteps / (kStages * kLanes);
    for (int s = 0; s < kStages; ++s) {
        for (int l = 0; l < kLanes; ++l) {
            for (int k = 0; k < perCell; ++k) {
                Step step;
                step.id = QStringLiteral("st%1-%2-%3").arg(s).arg(l).arg(k);
                step.stage = j.stages[s].id;
                step.lane = j.lanes[l].id;
                step.order = k;
                step.title = QStringLiteral("Step %1 of stage %2, lane %3")
                                     .arg(k + 1)
                                     .arg(s + 1)
                                     .arg(l + 1);
                step.kind = l == 1 ? StepKind::Touchpoint : StepKind::Process;
                step.channel = ws.channels[rng.bounded(3)].id;
                step.owner = QStringLiteral("Team %1").arg(rng.bounded(8) + 1);
                if (l == 1)
                    step.emotion = int(rng.bounded(5)) - 2;
                j.steps.append(step);
            }
        }
    }
    // Links: a chain inside each cell, each card to one in the next stage
    // (same lane), and a handoff from the customer to the frontstage.
    int n = 0;
    auto link = [&](const QString &from, const QString &to, LinkKind kind) {
        j.links.append({QStringLiteral("k%1").arg(++n), from, to, kind, {}, std::nullopt, true});
    };
    for (int s = 0; s < kStages; ++s) {
        for (int l = 0; l < kLanes; ++l) {
            for (int k = 0; k < perCell; ++k) {
                const QString id = QStringLiteral("st%1-%2-%3").arg(s).arg(l).arg(k);
                if (k + 1 < perCell && k % 3 != 2)
                    link(id, QStringLiteral("st%1-%2-%3").arg(s).arg(l).arg(k + 1), LinkKind::Flow);
                if (s + 1 < kStages && k % 2 == 0)
                    link(id,
                         QStringLiteral("st%1-%2-%3").arg(s + 1).arg(l).arg(rng.bounded(perCell)),
                         LinkKind::Flow);
            }
            if (l == 1)
                link(QStringLiteral("st%1-1-0").arg(s), QStringLiteral("st%1-2-0").arg(s),
                     LinkKind::Handoff);
        }
    }
    ws.journeys.append(j);
    return ws;
}

QByteArray dotQuote(const QString &text)
{
    QString t = text;
    t.replace(u'\\', QStringLiteral("\\\\"));
    t.replace(u'"', QStringLiteral("\\\""));
    return '"' + t.toUtf8() + '"';
}

// "x,y" in Graphviz points (1/72 inch, y up) for a map point (1/96 inch, y down).
QByteArray gvPoint(const QPointF &p, double height)
{
    return QByteArray::number(p.x() * 0.75, 'f', 2) + ','
           + QByteArray::number((height - p.y()) * 0.75, 'f', 2);
}

QByteArray gvBox(const QByteArray &id, const QRectF &r, const QString &label, double height,
                 const char *style)
{
    return "  " + id + " [pos=\"" + gvPoint(r.center(), height)
           + "\", width=" + QByteArray::number(r.width() / 96, 'f', 3)
           + ", height=" + QByteArray::number(r.height() / 96, 'f', 3)
           + ", label=" + dotQuote(label) + ", " + style + "];\n";
}

// The same picture for `neato -n2`: every box where Waymark puts it (cards
// with the step titles, stage headers, lane headers) and every link as
// Waymark routed it (its polyline, written as a B-spline whose control
// points sit on the corners), so Graphviz lays out nothing.
QByteArray toNeato(const Journey &j, const MapLayout &layout)
{
    const double height = layout.bounds().bottom();
    QByteArray out = "digraph blueprint {\n  splines=true;\n  node [shape=box, fixedsize=true, "
                     "fontname=\"DejaVu Sans\", fontsize=8];\n  edge [arrowhead=none];\n";
    for (int c = 0; c < layout.columns().size(); ++c) {
        const Stage *stage = j.stage(layout.columns()[c].stageId);
        out += gvBox("stage" + QByteArray::number(c), layout.columns()[c].header,
                     stage ? stage->name : QString(), height, "style=filled, fillcolor=gray90");
    }
    for (int r = 0; r < layout.rows().size(); ++r) {
        const Lane *lane = j.lane(layout.rows()[r].laneId);
        out += gvBox("lane" + QByteArray::number(r), layout.rows()[r].header,
                     lane ? lane->name : QString(), height, "style=filled, fillcolor=gray90");
    }
    for (const MapLayout::Card &card : layout.cards()) {
        const Step *s = j.step(card.stepId);
        out += gvBox(dotQuote(card.stepId), card.rect, s ? s->title : QString(), height,
                     "style=rounded");
    }
    for (const MapLayout::Route &route : layout.routes()) {
        if (route.points.size() < 2)
            continue;
        QByteArray pos;
        for (qsizetype i = 0; i + 1 < route.points.size(); ++i) {
            const QByteArray a = gvPoint(route.points[i], height);
            const QByteArray b = gvPoint(route.points[i + 1], height);
            pos += (i == 0 ? a : QByteArray()) + ' ' + a + ' ' + b + ' ' + b;
        }
        out += "  " + dotQuote(route.from) + " -> " + dotQuote(route.to) + " [pos=\""
               + pos.trimmed() + "\"];\n";
    }
    out += "}\n";
    return out;
}

double median(QList<double> v)
{
    std::sort(v.begin(), v.end());
    const auto n = v.size();
    return n == 0 ? 0 : (n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2);
}

QString list(const QList<double> &v)
{
    QStringList parts;
    for (double x : v)
        parts.append(QString::number(x, 'f', 0));
    return parts.join(QStringLiteral(", "));
}

} // namespace

int main(int argc, char *argv[])
{
    // The heap as the app sets it up (app/main.cpp).
    waymark::sys::preferHugePages();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, atoi(argv[1])) : 5;
    QTemporaryDir temp;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temp.path();
    QDir().mkpath(folder);

    const Workspace ws = makeBlueprint();
    const Journey &j = ws.journeys.first();
    std::printf("map: %lld steps, %lld links, %d stages, %d lanes\n",
                static_cast<long long>(j.steps.size()), static_cast<long long>(j.links.size()),
                kStages, kLanes);

    MapExportOptions options;
    options.page = PageFormat::A3;
    const QString pdf = folder + QStringLiteral("/waymark.pdf");
    QList<double> ours;
    PdfReport report;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QSaveFile file(pdf);
        QString error;
        report = {};
        if (!file.open(QIODevice::WriteOnly) || !writePdf(ws, {}, options, &file, &error, &report)
            || !file.commit()) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(error));
            return 1;
        }
        ours.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const double oursMedian = median(ours);
    std::printf("waymark A3 PDF: median %.0f ms (runs: %s ms), %lld pages, scale %.2f pt/unit, "
                "%lld KB\n",
                oursMedian, qPrintable(list(ours)), static_cast<long long>(report.pages.size()),
                report.pages.isEmpty() ? 0.0 : report.pages.first().scale,
                static_cast<long long>(QFile(pdf).size() / 1024));
    std::printf("target <= 1500 ms: %s\n", oursMedian <= 1500 ? "met" : "MISSED");
    QList<double> layout;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const MapLayout l = MapLayout::compute(j);
        layout.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::printf("  of which the layout (cards, routes): median %.1f ms\n", median(layout));
    if (qEnvironmentVariableIsSet("BENCH_EXPORT_NO_PEER"))
        return 0;

    const QString neato = QStandardPaths::findExecutable(QStringLiteral("neato"));
    if (neato.isEmpty()) {
        std::printf("neato -n2 -Tpdf: not installed (apt-get install graphviz); no comparison\n");
        return 1;
    }
    const MapLayout drawn = MapLayout::compute(j);
    const QString dotFile = folder + QStringLiteral("/blueprint.gv");
    {
        QFile f(dotFile);
        if (!f.open(QIODevice::WriteOnly) || f.write(toNeato(j, drawn)) < 0)
            return 1;
    }
    QList<double> theirs;
    const QString theirPdf = folder + QStringLiteral("/neato.pdf");
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        QProcess p;
        p.start(neato, {QStringLiteral("-n2"), QStringLiteral("-Tpdf"), dotFile,
                        QStringLiteral("-o"), theirPdf});
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            std::fprintf(stderr, "neato failed: %s\n", p.readAllStandardError().constData());
            return 1;
        }
        theirs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const double theirsMedian = median(theirs);
    std::printf("neato -n2 -Tpdf (same boxes and lines at Waymark's positions): median %.0f ms "
                "(runs: %s ms), %lld KB\n",
                theirsMedian, qPrintable(list(theirs)),
                static_cast<long long>(QFile(theirPdf).size() / 1024));
    std::printf("what each draws:\n"
                "  waymark: %lld A3 pages (the map tiled, headers repeated on each page), title "
                "block and legend, %lld cards with title, kind colour and channel icon, %lld "
                "routed links with arrowheads, stage and lane headers; DejaVu Sans embedded "
                "(text stays text)\n"
                "  neato:   1 page the size of the whole map, %lld plain boxes with the step "
                "titles, %lld stage and %lld lane header boxes, %lld polylines without arrows or "
                "labels; no icons, no colours by kind, no tiling, no legend; DejaVu Sans via "
                "cairo\n",
                static_cast<long long>(report.pages.size()),
                static_cast<long long>(drawn.cards().size()),
                static_cast<long long>(drawn.routes().size()),
                static_cast<long long>(drawn.cards().size()),
                static_cast<long long>(drawn.columns().size()),
                static_cast<long long>(drawn.rows().size()),
                static_cast<long long>(drawn.routes().size()));
    std::printf("neato / waymark: %.1fx (%s; %d runs each)\n",
                theirsMedian / std::max(oursMedian, 0.001),
                oursMedian < theirsMedian ? "waymark faster" : "waymark SLOWER", runs);
    return 0;
}
