// Actual journeys from an event log (issue 13): 1,000,000 and 10,000,000
// events (case id, activity, ISO timestamp, channel, segment; ~70 bytes a
// row, so ~700 MB for 10M), 200 activities on a 200-step map, ~7 events a
// case (1.4 M cases for 10M), rows in time order within blocks of cases (as
// a log written as it happens), 1 % of events matching no step, some
// skips, loops and repeats. Waymark does the whole import (proposal, read,
// order each case by time, paths, transitions, variants, times per step,
// conformance, the write into the document); pandas does the same core work
// (read, order each case by time, count transitions and cases per
// transition, variants, median time per step) on the same file in the same
// run (tests/bench/peer_pandas_events.py). Answers must agree or it fails.
// Both run as child processes; wall time and peak memory (getrusage via
// wait4) are measured from outside, the same way for both.
// Targets (10M): <= 3 s wall, <= 1.5 GB peak, >= 20x faster than pandas.
//
// The PostgreSQL pushdown is timed on the same events (a server the
// benchmark starts itself, tests/support/pgserver), its results checked
// against the CSV path's.
//
// Usage: bench_events [EVENTS...] [--folder DIR] [--runs N] [--no-pg]
//        (default 1000000 10000000; the files go into the build folder,
//        bench/events-data)
//        bench_events --import MAP.cjm EVENTS.csv OUT.json   (the import alone)

#include "../support/pgserver.h"
#include "commands/importeventscommand.h"
#include "document/document.h"
#include "events/eventimport.h"
#include "events/pgsource.h"
#include "metrics/datafile.h"
#include "pg/pgconnection.h"
#include "storage/documentfile.h"
#include "system/memory.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>
#include <vector>

using namespace waymark;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kSteps = 200;
const QString kJourney = QStringLiteral("events");

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

struct Rng
{
    uint64_t state = 0x9E3779B97F4A7C15ull;
    uint64_t next()
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1Dull;
    }
    int below(int n) { return int((next() >> 33) % uint64_t(n)); }
};

std::string activity(int step)
{
    char buf[32];
    std::snprintf(buf, sizeof buf, "Activity %03d", step + 1);
    return buf;
}

void isoTime(int64_t seconds, char *out)
{
    const time_t t = time_t(seconds);
    tm parts{};
    gmtime_r(&t, &parts);
    std::strftime(out, 24, "%Y-%m-%dT%H:%M:%SZ", &parts);
}

// The plan: 200 steps in 20 stages of 10; each step links to the next and,
// every fifth, to one two ahead (an alternative). Step 0 is the entry, 199 the goal.
struct Event
{
    int64_t time;
    uint32_t caseId;
    int16_t step; // -1: an activity that matches no step
};

qint64 writeLog(const QString &path, qint64 events)
{
    FILE *f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return -1;
    static const char *channels[] = {"web", "app", "store", "phone", "email"};
    static const char *segments[] = {"new", "returning", "business"};
    std::fputs("case_id,activity,timestamp,channel,segment\n", f);
    Rng rng;
    std::vector<Event> block;
    std::string out;
    qint64 written = 0, bytes = 0;
    uint32_t caseId = 0;
    const int64_t epoch = 1772323200; // 2026-03-01T00:00:00Z
    while (written < events) {
        // A block of cases that run at the same time, written in time order.
        block.clear();
        const int64_t blockStart = epoch + int64_t(caseId / 10000) * 3600;
        for (int c = 0; c < 10000 && written + qint64(block.size()) < events; ++c, ++caseId) {
            int64_t t = blockStart + rng.below(3600);
            int step = rng.below(10) == 0 ? rng.below(kSteps) : rng.below(20) * 10;
            const int length = 3 + rng.below(9); // 3..11 events, ~7
            for (int e = 0; e < length && step < kSteps; ++e) {
                block.push_back({t, caseId, int16_t(step)});
                if (rng.below(100) == 0)
                    block.push_back({t + 1, caseId, -1});
                t += 30 + rng.below(1800);
                const int r = rng.below(100);
                if (r < 80)
                    step += 1;
                else if (r < 88)
                    step += 2;
                else if (r < 92)
                    step = std::max(0, step - 1);
                else if (r < 95)
                    step += 0;
                else
                    step = rng.below(kSteps);
            }
        }
        if (written + qint64(block.size()) > events)
            block.resize(size_t(events - written));
        std::stable_sort(block.begin(), block.end(),
                         [](const Event &a, const Event &b) { return a.time < b.time; });
        out.clear();
        char line[160], when[32];
        for (const Event &e : block) {
            isoTime(e.time, when);
            const std::string act
                    = e.step < 0 ? std::string("Newsletter opened") : activity(e.step);
            const int n
                    = std::snprintf(line, sizeof line, "C%08u,%s,%s,%s,%s\n", e.caseId, act.c_str(),
                                    when, channels[e.caseId % 5], segments[e.caseId % 3]);
            out.append(line, size_t(n));
        }
        written += qint64(block.size());
        bytes += qint64(out.size());
        if (std::fwrite(out.data(), 1, out.size(), f) != out.size()) {
            std::fclose(f);
            return -1;
        }
    }
    std::fclose(f);
    return bytes;
}

Journey planJourney()
{
    Journey j;
    j.id = kJourney;
    j.name = QStringLiteral("Event benchmark");
    for (int s = 0; s < 20; ++s)
        j.stages.append({QStringLiteral("st%1").arg(s), QStringLiteral("Stage %1").arg(s + 1), {}});
    j.lanes.append({QStringLiteral("c"), QStringLiteral("Customer"), LaneKind::Customer});
    for (int i = 0; i < kSteps; ++i) {
        Step s;
        s.id = QStringLiteral("s%1").arg(i);
        s.stage = j.stages[i / 10].id;
        s.lane = QStringLiteral("c");
        s.order = i % 10;
        s.title = QString::fromStdString(activity(i));
        s.entry = i == 0;
        s.goal = i == kSteps - 1;
        j.steps.append(s);
    }
    for (int i = 0; i + 1 < kSteps; ++i) {
        j.links.append({QStringLiteral("l%1").arg(i),
                        j.steps[i].id,
                        j.steps[i + 1].id,
                        LinkKind::Flow,
                        {},
                        std::nullopt,
                        true});
        if (i % 5 == 0 && i + 2 < kSteps)
            j.links.append({QStringLiteral("m%1").arg(i),
                            j.steps[i].id,
                            j.steps[i + 2].id,
                            LinkKind::Alternative,
                            {},
                            std::nullopt,
                            true});
    }
    return j;
}

bool writeMap(const QString &path)
{
    QFile::remove(path);
    OpenResult r = createDocument(path);
    QString error;
    return r.document && r.document->insertJourney(planJourney(), 0, &error);
}

bool writeSteps(const QString &path)
{
    QJsonArray steps;
    for (const Step &s : planJourney().steps)
        steps.append(QJsonObject{{QStringLiteral("id"), s.id},
                                 {QStringLiteral("key"), s.key},
                                 {QStringLiteral("title"), s.title}});
    QFile f(path);
    return f.open(QIODevice::WriteOnly)
           && f.write(QJsonDocument(steps).toJson(QJsonDocument::Compact)) > 0;
}

// The child: what `waymark import-events` does, timed by phase; the answers
// in the peer's form go to `out`.
int importChild(const QString &map, const QString &csv, const QString &out)
{
    const auto t0 = Clock::now();
    OpenResult opened = openDocument(map, OpenMode::Edit);
    if (!opened.document)
        return 2;
    Document &doc = *opened.document;
    DataFile file;
    QString error;
    if (!file.open(csv, &error))
        return 3;
    ObservedJourney observed;
    events::ImportTimings timings;
    if (!events::importEventLog(file, *doc.journey(kJourney), {}, &observed, &error, nullptr,
                                nullptr, &timings)) {
        std::fprintf(stderr, "import: %s\n", qPrintable(error));
        return 4;
    }
    const auto t1 = Clock::now();
    ImportEventsCommand command(&doc, observed);
    command.redo();
    if (command.hasFailed())
        return 5;
    std::fprintf(stderr,
                 "    read %.3f s, paths %.3f s, observe %.3f s, whole import %.3f s, write %.3f "
                 "s\n",
                 timings.readSeconds, timings.pathSeconds, timings.observeSeconds,
                 std::chrono::duration<double>(t1 - t0).count(), secondsSince(t1));
    // Written as text: QJsonObject::insert is quadratic in the ~40,000 transitions.
    QByteArray json = "{\"cases\":" + QByteArray::number(observed.cases)
                      + ",\"events\":" + QByteArray::number(observed.events) + ",\"variantCount\":"
                      + QByteArray::number(observed.variantCount) + ",\"transitions\":{";
    for (qsizetype i = 0; i < observed.transitions.size(); ++i) {
        const ObservedTransition &t = observed.transitions[i];
        json += (i ? ",\"" : "\"") + t.from.toUtf8() + '>' + t.to.toUtf8() + "\":["
                + QByteArray::number(t.count) + ',' + QByteArray::number(t.cases) + ']';
    }
    json += "},\"topVariants\":[";
    for (qsizetype i = 0; i < observed.variants.size(); ++i)
        json += (i ? "," : "") + QByteArray::number(observed.variants[i].cases);
    json += "],\"median\":{";
    bool first = true;
    for (const ObservedStep &s : observed.steps) {
        if (!s.medianMinutes)
            continue;
        json += (first ? "\"" : ",\"") + s.id.toUtf8()
                + "\":" + QByteArray::number(*s.medianMinutes, 'g', 17);
        first = false;
    }
    json += "},\"channels\":{";
    first = true;
    for (const ObservedStep &s : observed.steps) {
        for (const ObservedChannel &c : s.channels) {
            json += (first ? "\"" : ",\"") + s.id.toUtf8() + '>' + c.value.toUtf8()
                    + "\":" + QByteArray::number(c.visits);
            first = false;
        }
    }
    json += "},\"segments\":{";
    first = true;
    for (const ObservedSegment &g : observed.segments) {
        json += (first ? "\"" : ",\"") + g.value.toUtf8() + "\":[" + QByteArray::number(g.cases)
                + ',' + QByteArray::number(g.reachedGoal) + ']';
        first = false;
    }
    json += "}}";
    QFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(json) != json.size())
        return 6;
    return 0;
}

struct ChildRun
{
    bool ok = false;
    double seconds = 0;
    double cpuSeconds = 0;
    double peakMb = 0;
};

template<typename Body>
ChildRun runChild(Body &&body)
{
    std::fflush(stdout);
    std::fflush(stderr);
    ChildRun run;
    const auto start = Clock::now();
    const pid_t pid = fork();
    if (pid == 0)
        _exit(body());
    int status = 0;
    rusage usage{};
    if (pid < 0 || wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.seconds = secondsSince(start);
    run.peakMb = double(usage.ru_maxrss) / 1024.0;
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                     + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return run;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object()
                                       : QJsonObject();
}

// Same answers? Prints what differs; true when nothing does.
bool agree(const QJsonObject &ours, const QJsonObject &theirs)
{
    bool ok = true;
    for (const char *key : {"cases", "events", "variantCount"}) {
        if (ours.value(QLatin1String(key)) != theirs.value(QLatin1String(key))) {
            std::printf("  differs: %s %lld vs %lld\n", key,
                        static_cast<long long>(ours.value(QLatin1String(key)).toInteger()),
                        static_cast<long long>(theirs.value(QLatin1String(key)).toInteger()));
            ok = false;
        }
    }
    if (ours.value(u"transitions") != theirs.value(u"transitions")) {
        std::printf("  differs: transitions (%lld vs %lld pairs)\n",
                    static_cast<long long>(ours.value(u"transitions").toObject().size()),
                    static_cast<long long>(theirs.value(u"transitions").toObject().size()));
        ok = false;
    }
    for (const char *key : {"channels", "segments"}) {
        const QJsonObject mine = ours.value(QLatin1String(key)).toObject();
        if (mine.isEmpty() || mine != theirs.value(QLatin1String(key)).toObject()) {
            std::printf("  differs: %s (%lld vs %lld entries)\n", key,
                        static_cast<long long>(mine.size()),
                        static_cast<long long>(theirs.value(QLatin1String(key)).toObject().size()));
            ok = false;
        }
    }
    if (ours.value(u"topVariants") != theirs.value(u"topVariants")) {
        std::printf("  differs: sizes of the top variants\n");
        ok = false;
    }
    const QJsonObject a = ours.value(u"median").toObject(), b = theirs.value(u"median").toObject();
    double worst = a.size() == b.size() ? 0 : 1e9;
    for (auto it = a.begin(); it != a.end(); ++it)
        worst = std::max(worst, std::fabs(it->toDouble() - b.value(it.key()).toDouble(1e18)));
    if (worst > 1e-9) {
        std::printf("  differs: median minutes per step (worst %.3g)\n", worst);
        ok = false;
    }
    return ok;
}

// The PostgreSQL pushdown on the same events: the log loaded into a table
// (COPY, not timed), then the import with the server doing the work.
bool benchPushdown(test::PgServer *server, const QString &csv, const QString &oursOut)
{
    QString error;
    if (!server->isRunning() && !server->start(&error)) {
        std::printf("pushdown : no PostgreSQL server (%s)\n", qPrintable(error));
        return true;
    }
    auto load = Clock::now();
    auto db = pg::Connection::open(server->uri(QStringLiteral("postgres")), &error);
    if (!db || !db->execScript(QStringLiteral("DROP TABLE IF EXISTS events"), &error)
        || !db->execScript(QStringLiteral("CREATE UNLOGGED TABLE events(case_id text, activity "
                                          "text, timestamp timestamptz, channel text, segment "
                                          "text)"),
                           &error)
        || !db->execScript(QStringLiteral("COPY events FROM '") + csv
                                   + QStringLiteral("' WITH (FORMAT csv, HEADER true)"),
                           &error)
        || !db->execScript(QStringLiteral("ANALYZE events"), &error)) {
        std::printf("pushdown : could not load the table: %s\n", qPrintable(error));
        return false;
    }
    std::printf("pushdown : table loaded in %.1f s (COPY, not timed below)\n", secondsSince(load));
    ObservedJourney observed;
    double seconds = 0;
    if (!events::importFromPostgres(server->uri(QStringLiteral("postgres")),
                                    QStringLiteral("SELECT case_id, activity, timestamp AS time, "
                                                   "channel, segment FROM events"),
                                    planJourney(), {}, &observed, &error, nullptr, &seconds)) {
        std::printf("pushdown : failed: %s\n", qPrintable(error));
        return false;
    }
    QJsonObject transitions;
    for (const ObservedTransition &t : observed.transitions)
        transitions.insert(t.from + u'>' + t.to, QJsonArray{t.count, t.cases});
    QJsonObject channels, segments;
    for (const ObservedStep &s : observed.steps) {
        for (const ObservedChannel &c : s.channels)
            channels.insert(s.id + u'>' + c.value, c.visits);
    }
    for (const ObservedSegment &g : observed.segments)
        segments.insert(g.value, QJsonArray{g.cases, g.reachedGoal});
    const QJsonObject ours = readJson(oursOut);
    const bool same = ours.value(u"channels").toObject() == channels
                      && ours.value(u"segments").toObject() == segments
                      && ours.value(u"cases").toInteger() == observed.cases
                      && ours.value(u"events").toInteger() == observed.events
                      && ours.value(u"variantCount").toInteger() == observed.variantCount
                      && ours.value(u"transitions").toObject() == transitions;
    std::printf("pushdown : %.3f s with PostgreSQL computing paths, transitions, variants and "
                "times (window functions); %s\n",
                seconds,
                same ? "same results as the CSV path" : "results DIFFER from the CSV path");
    db->execScript(QStringLiteral("DROP TABLE events"), nullptr);
    return same;
}

int benchOne(qint64 events, const QString &folder, int runs, test::PgServer *server)
{
    const QString tag = QString::number(events);
    const QString csv = QDir(folder).filePath(QStringLiteral("events-%1.csv").arg(tag));
    const QString pristine = QDir(folder).filePath(QStringLiteral("map.cjm"));
    const QString steps = QDir(folder).filePath(QStringLiteral("steps.json"));
    auto start = Clock::now();
    qint64 bytes = QFileInfo(csv).size();
    if (!QFileInfo::exists(csv))
        bytes = writeLog(csv, events);
    if (bytes < 0 || !writeMap(pristine) || !writeSteps(steps)) {
        std::fprintf(stderr, "could not write the test files in %s\n", qPrintable(folder));
        return 1;
    }
    std::printf("\nbench_events: %lld events, %.1f MB, %d steps (file ready in %.1f s)\n",
                static_cast<long long>(events), double(bytes) / 1e6, kSteps, secondsSince(start));
    {
        DataFile warm; // both contenders find the file in the page cache
        QString error;
        warm.open(csv, &error);
        volatile qint64 lines = std::count(warm.text().begin(), warm.text().end(), '\n');
        Q_UNUSED(lines);
    }
    const QString oursOut = QDir(folder).filePath(QStringLiteral("waymark-%1.json").arg(tag));
    const QString theirsOut = QDir(folder).filePath(QStringLiteral("pandas-%1.json").arg(tag));
    QList<ChildRun> ours, theirs;
    QList<double> inScript;
    for (int i = 0; i < runs; ++i) {
        const QString map = QDir(folder).filePath(QStringLiteral("run.cjm"));
        QFile::remove(map);
        QFile::copy(pristine, map);
        const ChildRun r = runChild([&] { return importChild(map, csv, oursOut); });
        if (!r.ok) {
            std::fprintf(stderr, "the Waymark import failed\n");
            return 1;
        }
        std::printf("  waymark run %d: %.3f s wall, %.3f s CPU, %.0f MB peak\n", i + 1, r.seconds,
                    r.cpuSeconds, r.peakMb);
        ours.append(r);
        const QByteArray script
                = QFile::encodeName(QDir(QStringLiteral(WAYMARK_BENCH_DIR))
                                            .filePath(QStringLiteral("peer_pandas_events.py")));
        const QByteArray csvArg = QFile::encodeName(csv), stepsArg = QFile::encodeName(steps),
                         outArg = QFile::encodeName(theirsOut);
        const ChildRun p = runChild([&] {
            execl("/usr/bin/python3", "python3", script.constData(), csvArg.constData(),
                  stepsArg.constData(), outArg.constData(), static_cast<char *>(nullptr));
            return 127;
        });
        if (!p.ok) {
            std::printf("pandas: not available (needs Debian's python3-pandas); no ratio\n");
            return 0;
        }
        inScript.append(readJson(theirsOut).value(u"seconds").toDouble());
        std::printf("  pandas  run %d: %.3f s in the script (%.3f s wall, %.3f s CPU), %.0f MB "
                    "peak\n",
                    i + 1, inScript.last(), p.seconds, p.cpuSeconds, p.peakMb);
        theirs.append(p);
    }
    auto median = [](QList<ChildRun> list) {
        std::sort(list.begin(), list.end(),
                  [](const ChildRun &a, const ChildRun &b) { return a.seconds < b.seconds; });
        return list[list.size() / 2];
    };
    std::sort(inScript.begin(), inScript.end());
    const ChildRun w = median(ours), p = median(theirs);
    double peak = 0, pandasPeak = 0;
    for (const ChildRun &r : ours)
        peak = std::max(peak, r.peakMb);
    for (const ChildRun &r : theirs)
        pandasPeak = std::max(pandasPeak, r.peakMb);
    double load[1] = {0};
    getloadavg(load, 1);
    std::printf("machine  : %d cores, load average %.2f (other work makes wall times longer)\n",
                int(sysconf(_SC_NPROCESSORS_ONLN)), load[0]);
    std::printf("Waymark  (median of %d): %.3f s wall, %.3f s CPU, %.0f MB peak%s\n", runs,
                w.seconds, w.cpuSeconds, peak,
                events >= 10000000 ? " (target <= 3 s, <= 1536 MB)" : "");
    std::printf("pandas   (median of %d): %.3f s in the script, %.3f s wall, %.0f MB peak\n", runs,
                inScript[inScript.size() / 2], p.seconds, pandasPeak);
    std::printf("ratio    : Waymark is %.1fx faster than pandas' script, %.1fx by process wall "
                "time%s\n",
                inScript[inScript.size() / 2] / w.seconds, p.seconds / w.seconds,
                events >= 10000000 ? " (target >= 20x)" : "");
    const bool same = agree(readJson(oursOut), readJson(theirsOut));
    std::printf("results  : %s\n", same ? "Waymark and pandas agree (cases, events, every "
                                          "transition's count and cases, variant count, top "
                                          "variant sizes, median per step, channel mix, "
                                          "segments)"
                                        : "Waymark and pandas DISAGREE");
    const bool pushed = !server || benchPushdown(server, csv, oursOut);
    return same && pushed ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    // The heap as the app sets it up (app/main.cpp).
    waymark::sys::preferHugePages();
    QCoreApplication app(argc, argv);
    if (argc == 5 && std::strcmp(argv[1], "--import") == 0)
        return importChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                           QString::fromLocal8Bit(argv[4]));
    QList<qint64> sizes;
    QString folder = QCoreApplication::applicationDirPath() + QStringLiteral("/events-data");
    int runs = 1;
    bool pushdown = true;
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--no-pg") == 0)
            pushdown = false;
        else if (std::strcmp(argv[i], "--folder") == 0 && i + 1 < argc)
            folder = QString::fromLocal8Bit(argv[++i]);
        else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc)
            runs = std::max(1, std::atoi(argv[++i]));
        else
            sizes.append(std::atoll(argv[i]));
    }
    if (sizes.isEmpty())
        sizes = {1000000, 10000000};
    QDir().mkpath(folder);
    int failed = 0;
    test::PgServer server;
    for (qint64 n : sizes)
        failed |= benchOne(n, folder, runs, pushdown ? &server : nullptr);
    return failed;
}
