// Importing a big survey export (issue 4): 1,000,000 rows (~150 MB: ISO
// dates, 200 touchpoint names with commas, quotes, Cyrillic and Chinese,
// blanks, ~1 % comments with line breaks) onto a map with those 200 steps;
// NPS, CSAT and CES per step, month and segment, written into the document.
// Targets (issue 15): <= 0.25 s, <= 300 MB peak memory, >= 20x faster than
// pandas doing the same work (read_csv, dates parsed into months, groupby per
// step, per month and per segment: tests/bench/peer_pandas_import.py) on the
// same file in the same run, each 3 times (medians compared). Both run as new
// processes and time their own work (Waymark from opening the map to closing
// it, pandas from read_csv to its results, after its imports); the wall time
// with the process start, the CPU time and the peak memory (getrusage via
// wait4) are measured from outside, the same way for both.
//
// Usage: bench_import [ROWS] [FOLDER]   (default 1000000, a temp folder)
//        bench_import --import MAP.cjm DATA.csv [TIME.txt]   (the import alone, for a profiler)

#include "commands/importmetricscommand.h"
#include "document/document.h"
#include "metrics/datafile.h"
#include "metrics/metricimport.h"
#include "metrics/preview.h"
#include "storage/documentfile.h"
#include "system/memory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <string>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace waymark;

namespace {

using Clock = std::chrono::steady_clock;

constexpr int kSteps = 200;
constexpr int kRuns = 3;
const QString kJourney = QStringLiteral("survey");

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// xorshift64*: fast and the same on every machine, so the file is too.
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

// 200 touchpoint names: ten patterns (commas, quotes, Cyrillic, Chinese) x 20.
QStringList touchpointNames()
{
    static const char *patterns[] = {
            "Browses catalogue page %1",
            "Checkout, step %1",
            "Reads \"Care guide\" part %1",
            "Звонок в поддержку, линия %1",
            "Получает SMS о доставке %1",
            "查看订单状态 第%1步",
            "门店试坐沙发 %1号",
            "Waits for delivery slot %1",
            "Chat with agent, queue %1",
            "Returns item \"%1\", by post",
    };
    QStringList names;
    for (int k = 1; k <= kSteps / 10; ++k) {
        for (const char *p : patterns)
            names.append(QString::fromUtf8(p).arg(k));
    }
    return names;
}

QString stepKey(int i)
{
    return QStringLiteral("TP-%1").arg(i + 1, 3, 10, QLatin1Char('0'));
}

std::string csvField(const QString &text)
{
    std::string s = text.toStdString();
    if (s.find_first_of(",\"\r\n") == std::string::npos)
        return s;
    std::string out = "\"";
    for (char c : s) {
        out += c;
        if (c == '"')
            out += '"';
    }
    return out + '"';
}

// The export, written in 8 MB pieces.
qint64 writeExport(const QString &path, int rows)
{
    FILE *f = std::fopen(QFile::encodeName(path).constData(), "wb");
    if (!f)
        return -1;
    const QStringList names = touchpointNames();
    std::vector<std::string> titles, keys, variants;
    for (int i = 0; i < kSteps; ++i) {
        titles.push_back(csvField(names[i]));
        keys.push_back(stepKey(i).toStdString());
        variants.push_back(csvField(QStringLiteral("  ") + names[i].toLower() + u' '));
    }
    static const char *channels[] = {"web", "app", "store", "phone", "chat"};
    static const char *segments[] = {"New", "Returning", "Business"};
    static const char *languages[] = {"EN", "RU", "ZH", "DE"};
    static const char *shortComments[]
            = {"Great service", "Slow delivery", "Отлично", "很满意", "Too many emails", "ok"};
    static const char *alnum = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    Rng rng;
    std::string buf;
    buf.reserve(9 << 20);
    buf += "ResponseId,StartDate,RecordedDate,Progress,Duration (in seconds),Finished,IPAddress,"
           "DistributionChannel,Touchpoint,NPS,CSAT,CES,Channel,Segment,UserLanguage,Comment\n";
    qint64 written = 0;
    char tmp[128];
    for (int r = 0; r < rows; ++r) {
        buf += "R_";
        for (int i = 0; i < 15; ++i)
            buf += alnum[rng.below(62)];
        const int month = 1 + rng.below(12), day = 1 + rng.below(28);
        const int hour = rng.below(24), minute = rng.below(60), second = rng.below(60);
        const int took = 30 + rng.below(900);
        std::snprintf(tmp, sizeof tmp,
                      ",2025-%02d-%02dT%02d:%02d:%02dZ,2025-%02d-%02dT%02d:%02d:%02dZ,100,%d,True,"
                      "203.0.%d.%d,anonymous,",
                      month, day, hour, minute, second, month, day, hour, std::min(59, minute + 5),
                      second, took, rng.below(256), rng.below(256));
        buf += tmp;
        const int step = rng.below(kSteps);
        const int how = rng.below(1000);
        if (how < 3) {
            // a blank step
        } else if (how < 8) {
            buf += "Other";
        } else if (how < 60) {
            buf += keys[size_t(step)];
        } else if (how < 80) {
            buf += variants[size_t(step)];
        } else {
            buf += titles[size_t(step)];
        }
        // Answers lean by step, so the steps differ.
        const int lean = step % 5;
        const int n = rng.below(1000);
        buf += ',';
        if (n < 1) {
            buf += "N/A";
        } else if (n < 2) {
            buf += "11";
        } else if (n >= 80) {
            buf += std::to_string(std::min(10, rng.below(11) + (lean > 2 ? rng.below(3) : 0)));
        }
        buf += ',';
        if (rng.below(10) > 0)
            buf += char('1' + std::min(4, rng.below(5) + (lean > 1 ? rng.below(2) : 0)));
        buf += ',';
        if (rng.below(100) >= 15)
            buf += char('1' + rng.below(7));
        buf += ',';
        buf += channels[rng.below(5)];
        buf += ',';
        buf += segments[rng.below(3)];
        buf += ',';
        buf += languages[rng.below(4)];
        buf += ',';
        const int c = rng.below(100);
        if (c < 1) {
            buf += "\"Waited too long, really.\nThe driver said \"\"tomorrow\"\", twice.\n"
                   "Доставка опоздала. 配送晚了。\"";
        } else if (c < 16) {
            buf += shortComments[rng.below(6)];
        }
        buf += '\n';
        if (buf.size() > (8u << 20)) {
            written += qint64(std::fwrite(buf.data(), 1, buf.size(), f));
            buf.clear();
        }
    }
    written += qint64(std::fwrite(buf.data(), 1, buf.size(), f));
    std::fclose(f);
    return written;
}

// The map's steps for the peer: [{"id", "key", "title"}].
bool writeSteps(const QString &path)
{
    const QStringList names = touchpointNames();
    QJsonArray steps;
    for (int i = 0; i < kSteps; ++i) {
        steps.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("s%1").arg(i)},
                                 {QStringLiteral("key"), stepKey(i)},
                                 {QStringLiteral("title"), names[i]}});
    }
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(QJsonDocument(steps).toJson()) > 0;
}

bool writeMap(const QString &path)
{
    OpenResult r = createDocument(path);
    if (!r.document)
        return false;
    Journey j;
    j.id = kJourney;
    j.name = QStringLiteral("Survey benchmark");
    for (int s = 0; s < 5; ++s)
        j.stages.append({QStringLiteral("st%1").arg(s), QStringLiteral("Stage %1").arg(s + 1), {}});
    j.lanes.append({QStringLiteral("tp"), QStringLiteral("Touchpoints"), LaneKind::Touchpoints});
    const QStringList names = touchpointNames();
    for (int i = 0; i < kSteps; ++i) {
        Step s;
        s.id = QStringLiteral("s%1").arg(i);
        s.stage = j.stages[i * 5 / kSteps].id;
        s.lane = QStringLiteral("tp");
        s.order = i % (kSteps / 5);
        s.title = names[i];
        s.key = stepKey(i);
        s.kind = StepKind::Touchpoint;
        j.steps.append(s);
    }
    QString error;
    if (!r.document->insertJourney(j, 0, &error)) {
        std::fprintf(stderr, "map: %s\n", qPrintable(error));
        return false;
    }
    return true;
}

double cpuSeconds()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}

// The child: exactly what `waymark import-metrics` does, timed by phase.
int importWork(const QString &map, const QString &csv)
{
    const auto t0 = Clock::now();
    const double cpu0 = cpuSeconds();
    OpenResult opened = openDocument(map);
    if (!opened.document)
        return 2;
    Document &doc = *opened.document;
    DataFile file;
    QString error;
    if (!file.open(csv, &error))
        return 3;
    DataPreview preview;
    CsvError csvError;
    if (!readPreview(file, std::nullopt, kProposalRows, &preview, &csvError))
        return 4;
    Mapping mapping;
    mapping.step = QStringLiteral("Touchpoint");
    mapping.metrics = {{QStringLiteral("nps"), QStringLiteral("NPS"), {}, {}, {}},
                       {QStringLiteral("csat"), QStringLiteral("CSAT"), {}, {}, {}},
                       {QStringLiteral("ces"), QStringLiteral("CES"), {}, {}, {}}};
    mapping.date = QStringLiteral("RecordedDate");
    mapping.segment = QStringLiteral("Segment");
    const auto t1 = Clock::now();
    const double cpu1 = cpuSeconds();
    ImportPlan plan;
    if (!planImport(doc.workspace(), kJourney, file, preview, mapping, {}, &plan, &error)) {
        std::fprintf(stderr, "import: %s\n", qPrintable(error));
        return 5;
    }
    const auto t2 = Clock::now();
    const double cpu2 = cpuSeconds();
    ImportMetricsCommand command(&doc, std::move(plan));
    command.redo();
    if (command.hasFailed()) {
        std::fprintf(stderr, "write: %s\n", qPrintable(command.error()));
        return 6;
    }
    const auto t3 = Clock::now();
    const double cpu3 = cpuSeconds();
    std::fprintf(stderr,
                 "    open + preview %.3f s (%.3f s CPU), read + aggregate %.3f s (%.3f s CPU), "
                 "write %lld values %.3f s (%.3f s CPU)\n",
                 std::chrono::duration<double>(t1 - t0).count(), cpu1 - cpu0,
                 std::chrono::duration<double>(t2 - t1).count(), cpu2 - cpu1,
                 static_cast<long long>(command.plan().values.size()),
                 std::chrono::duration<double>(t3 - t2).count(), cpu3 - cpu2);
    return 0;
}

// A fresh process, as the command is: the time from opening the map to the
// document closed and freed, written to `out` (pandas' script times its own
// work the same way, after its imports).
int importChild(const QString &map, const QString &csv, const QString &out)
{
    const auto start = Clock::now();
    const int status = importWork(map, csv);
    const double seconds = secondsSince(start);
    if (status == 0 && !out.isEmpty()) {
        QFile file(out);
        if (!file.open(QIODevice::WriteOnly)
            || file.write(QByteArray::number(seconds, 'f', 6)) <= 0)
            return 7;
    }
    return status;
}

struct ChildRun
{
    bool ok = false;
    double seconds = 0;
    double cpuSeconds = 0; // user + system, over all threads
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
    run.peakMb = double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
    run.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
                     + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    run.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return run;
}

QString peerScript()
{
    return QDir(QStringLiteral(WAYMARK_BENCH_DIR))
            .filePath(QStringLiteral("peer_pandas_import.py"));
}

// Totals over the all-time rows and the NPS of each step, to check that the
// two agree on the answer before their speed is compared.
QJsonObject waymarkTotals(const QString &map)
{
    OpenResult opened = openDocument(map, OpenMode::ReadOnly);
    QJsonObject n, nps;
    if (!opened.document)
        return {};
    const Journey *j = opened.document->journey(kJourney);
    qint64 counts[3] = {0, 0, 0};
    const QStringList ids{QStringLiteral("nps"), QStringLiteral("csat"), QStringLiteral("ces")};
    for (const MetricValue &v : j->metricValues) {
        if (!v.period.isEmpty() || !v.segment.isEmpty())
            continue;
        counts[ids.indexOf(v.metric)] += v.n;
        if (v.metric == u"nps")
            nps.insert(v.step, v.value);
    }
    for (int i = 0; i < 3; ++i)
        n.insert(ids[i], counts[i]);
    qint64 monthly = 0, month = 0, segment = 0, monthSegment = 0;
    for (const MetricValue &v : j->metricValues) {
        monthly += !v.period.isEmpty();
        if (v.metric != u"nps")
            continue;
        month += !v.period.isEmpty() && v.segment.isEmpty();
        segment += v.period.isEmpty() && !v.segment.isEmpty();
        monthSegment += !v.period.isEmpty() && !v.segment.isEmpty();
    }
    return QJsonObject{{QStringLiteral("n"), n},
                       {QStringLiteral("nps"), nps},
                       {QStringLiteral("monthly"), monthly},
                       {QStringLiteral("groups"),
                        QJsonObject{{QStringLiteral("month"), month},
                                    {QStringLiteral("segment"), segment},
                                    {QStringLiteral("monthSegment"), monthSegment}}}};
}

} // namespace

int main(int argc, char **argv)
{
    // The heap as the app sets it up (app/main.cpp).
    waymark::sys::preferHugePages();
    // Just the import, in this process: for profilers, and for the timed runs
    // below (with a file for the time).
    if ((argc == 4 || argc == 5) && std::strcmp(argv[1], "--import") == 0)
        return importChild(QString::fromLocal8Bit(argv[2]), QString::fromLocal8Bit(argv[3]),
                           argc == 5 ? QString::fromLocal8Bit(argv[4]) : QString());
    const int rows = argc > 1 ? std::atoi(argv[1]) : 1000000;
    QTemporaryDir temp;
    const QString folder = argc > 2 ? QString::fromLocal8Bit(argv[2]) : temp.path();
    const QString csv = QDir(folder).filePath(QStringLiteral("survey.csv"));
    const QString pristine = QDir(folder).filePath(QStringLiteral("map.cjm"));
    const QString stepsJson = QDir(folder).filePath(QStringLiteral("steps.json"));

    auto start = Clock::now();
    const qint64 bytes = writeExport(csv, rows);
    if (bytes < 0 || !writeMap(pristine) || !writeSteps(stepsJson)) {
        std::fprintf(stderr, "could not write the test files in %s\n", qPrintable(folder));
        return 1;
    }
    std::printf("bench_import: %d rows, %.1f MB, %d steps (generated in %.1f s)\n", rows,
                double(bytes) / 1e6, kSteps, secondsSince(start));
    // Read once so both contenders find the file in the page cache.
    {
        DataFile warm;
        QString error;
        warm.open(csv, &error);
        volatile qint64 quotes = std::count(warm.text().begin(), warm.text().end(), '"');
        Q_UNUSED(quotes);
    }

    // Each run is a new process (this program again, with --import): a fork
    // alone would start with this process's heap, full of the generated file.
    QList<ChildRun> runs;
    QList<double> inProcess;
    QString map;
    const QString timeFile = QDir(folder).filePath(QStringLiteral("waymark-seconds.txt"));
    for (int i = 0; i < kRuns; ++i) {
        map = QDir(folder).filePath(QStringLiteral("run%1.cjm").arg(i));
        QFile::remove(map);
        QFile::copy(pristine, map);
        QFile::remove(timeFile);
        const QByteArray mapArg = QFile::encodeName(map), csvArg = QFile::encodeName(csv),
                         timeArg = QFile::encodeName(timeFile);
        const ChildRun r = runChild([&] {
            execl("/proc/self/exe", "bench_import", "--import", mapArg.constData(),
                  csvArg.constData(), timeArg.constData(), static_cast<char *>(nullptr));
            return 127;
        });
        QFile times(timeFile);
        const double seconds
                = r.ok && times.open(QIODevice::ReadOnly) ? times.readAll().toDouble() : 0;
        if (seconds <= 0) {
            std::fprintf(stderr, "the Waymark import failed\n");
            return 1;
        }
        std::printf("  waymark run %d: %.3f s in the process, %.3f s wall, %.3f s CPU, "
                    "%.0f MB peak\n",
                    i + 1, seconds, r.seconds, r.cpuSeconds, r.peakMb);
        runs.append(r);
        inProcess.append(seconds);
    }
    std::sort(runs.begin(), runs.end(),
              [](const ChildRun &a, const ChildRun &b) { return a.seconds < b.seconds; });
    std::sort(inProcess.begin(), inProcess.end());
    const ChildRun waymark = runs[runs.size() / 2];
    const double inWaymark = inProcess[inProcess.size() / 2];
    double peak = 0;
    for (const ChildRun &r : runs)
        peak = std::max(peak, r.peakMb);
    const QJsonObject ours = waymarkTotals(map);

    const QString peerOut = QDir(folder).filePath(QStringLiteral("pandas.json"));
    const QByteArray script = QFile::encodeName(peerScript());
    const QByteArray csvArg = QFile::encodeName(csv);
    const QByteArray stepsArg = QFile::encodeName(stepsJson);
    const QByteArray outArg = QFile::encodeName(peerOut);
    // The peer runs as many times as Waymark did; its median run is compared.
    QList<ChildRun> peerRuns;
    QList<double> peerInScript;
    QJsonObject theirs;
    for (int i = 0; i < kRuns; ++i) {
        QFile::remove(peerOut);
        const ChildRun r = runChild([&] {
            execl("/usr/bin/python3", "python3", script.constData(), csvArg.constData(),
                  stepsArg.constData(), outArg.constData(), static_cast<char *>(nullptr));
            return 127;
        });
        QFile peerFile(peerOut);
        theirs = r.ok && peerFile.open(QIODevice::ReadOnly)
                         ? QJsonDocument::fromJson(peerFile.readAll()).object()
                         : QJsonObject();
        if (theirs.isEmpty())
            break;
        std::printf("  pandas run %d: %.3f s in the script, %.3f s wall\n", i + 1,
                    theirs.value(u"seconds").toDouble(), r.seconds);
        peerRuns.append(r);
        peerInScript.append(theirs.value(u"seconds").toDouble());
    }
    ChildRun pandas;
    double inScript = 0;
    if (!theirs.isEmpty()) {
        std::sort(peerRuns.begin(), peerRuns.end(),
                  [](const ChildRun &a, const ChildRun &b) { return a.seconds < b.seconds; });
        std::sort(peerInScript.begin(), peerInScript.end());
        pandas = peerRuns[peerRuns.size() / 2];
        inScript = peerInScript[peerInScript.size() / 2];
    }

    double load[1] = {0};
    getloadavg(load, 1);
    std::printf("\nmachine  : %d cores, load average %.2f (other work makes wall times longer)\n",
                int(sysconf(_SC_NPROCESSORS_ONLN)), load[0]);
    std::printf("Waymark  (median of %d): %.3f s from opening the map to closing it "
                "(target <= 0.25 s) (%.3f s wall with the process start, %.3f s CPU), "
                "%.0f MB peak (target <= 300 MB)\n",
                kRuns, inWaymark, waymark.seconds, waymark.cpuSeconds, peak);
    if (theirs.isEmpty()) {
        std::printf("pandas: not available (needs Debian's python3-pandas); no ratio\n");
        return 0;
    }
    std::printf("pandas   (median of %d): %.3f s for read_csv + dates + groupby by step, month and "
                "segment "
                "(%.3f s wall with interpreter start, "
                "%.3f s CPU), %.0f MB peak\n",
                kRuns, inScript, pandas.seconds, pandas.cpuSeconds, pandas.peakMb);
    std::printf("ratio    : Waymark is %.1fx faster than pandas doing the same work "
                "(target >= 20x); %.1fx by process wall time, %.1fx by CPU time\n",
                inScript / inWaymark, pandas.seconds / waymark.seconds,
                pandas.cpuSeconds / waymark.cpuSeconds);

    // Same answers?
    bool agree = ours.value(u"n") == theirs.value(u"n")
                 && ours.value(u"groups") == theirs.value(u"groups");
    double worst = 0;
    const QJsonObject a = ours.value(u"nps").toObject(), b = theirs.value(u"nps").toObject();
    agree = agree && a.size() == b.size() && a.size() == kSteps;
    for (auto it = a.begin(); it != a.end(); ++it)
        worst = std::max(worst, std::fabs(it->toDouble() - b.value(it.key()).toDouble()));
    agree = agree && worst < 1e-9;
    std::printf(
            "results  : %s (answers counted nps/csat/ces: %s; worst NPS difference %.2g; NPS "
            "groups by month/segment/both: %s, pandas %s; %lld values with a period)\n",
            agree ? "Waymark and pandas agree" : "Waymark and pandas DISAGREE",
            QJsonDocument(ours.value(u"n").toObject()).toJson(QJsonDocument::Compact).constData(),
            worst,
            QJsonDocument(ours.value(u"groups").toObject())
                    .toJson(QJsonDocument::Compact)
                    .constData(),
            QJsonDocument(theirs.value(u"groups").toObject())
                    .toJson(QJsonDocument::Compact)
                    .constData(),
            static_cast<long long>(ours.value(u"monthly").toInteger()));
    return agree ? 0 : 1;
}
