// Many people on one team workspace (issue 12): 10 and 50 clients, each in
// its own thread with its own connection and Document, each making 1,000
// edits to random cards of a 5,000-step workspace on a local PostgreSQL
// server (started here, durable settings: fsync and synchronous commit on).
// Prints throughput, commit latency and propagation latency (committed by one
// client -> applied in another's document), and checks that every client and
// the server end equal to the serial replay of all acknowledged edits (fails
// otherwise). The peer: the same edits through one Document on a .cjm file
// (SQLite, one writer), from the same run.
//
// Usage: bench_team [EDITS_PER_CLIENT [CLIENTS...]]   (default 1000, clients 10 50)
// BENCH_NO_FSYNC=1: the server without fsync, to tell the disk's share of the
// commit latency from the CPU's (not the figures to report).

#include "document/changeset.h"
#include "document/document.h"
#include "pg/pgconnection.h"
#include "pgserver.h"
#include "storage/documentfile.h"
#include "system/memory.h"
#include "teamstore/teamdocument.h"
#include "teamstore/teamschema.h"
#include "teamstore/teamstore.h"

#include <QCoreApplication>
#include <QMutex>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>

using namespace waymark;

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kStages = 20;
constexpr int kLanes = 10;
constexpr int kSteps = 5000;
const QString kJourney = QStringLiteral("big");

double msBetween(Clock::time_point a, Clock::time_point b)
{
    return std::chrono::duration<double, std::milli>(b - a).count();
}

struct Stats
{
    double p50 = 0, p99 = 0, max = 0;
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
        return ms[std::clamp<qsizetype>(qsizetype(std::ceil(q * double(ms.size()))) - 1, 0,
                                        ms.size() - 1)];
    };
    s.p50 = at(0.5);
    s.p99 = at(0.99);
    s.max = ms.last();
    return s;
}

Workspace generate()
{
    Workspace ws;
    Journey j;
    j.id = kJourney;
    j.name = QStringLiteral("Generated: %1 steps").arg(kSteps);
    for (int s = 0; s < kStages; ++s)
        j.stages.append({QStringLiteral("st%1").arg(s), QStringLiteral("Stage %1").arg(s + 1), {}});
    for (int l = 0; l < kLanes; ++l)
        j.lanes.append({QStringLiteral("ln%1").arg(l), QStringLiteral("Lane %1").arg(l + 1),
                        LaneKind::Customer});
    const int perCell = kSteps / (kStages * kLanes);
    for (int i = 0; i < kSteps; ++i) {
        const int cell = i / perCell;
        Step s;
        s.id = QStringLiteral("s%1").arg(i);
        s.stage = j.stages[cell / kLanes].id;
        s.lane = j.lanes[cell % kLanes].id;
        s.order = i % perCell;
        s.title = QStringLiteral("Step %1").arg(i);
        s.description = QStringLiteral("A description long enough to look like a real one, "
                                       "about step %1.")
                                .arg(i);
        s.owner = QStringLiteral("Customer service");
        j.steps.append(s);
    }
    ws.journeys.append(j);
    return ws;
}

// What every client reports, and the acknowledged edits for the replay.
struct Shared
{
    QMutex mutex;
    QHash<QString, Clock::time_point> committedAt; // title written -> when acknowledged
    struct Ack
    {
        QString step;
        QString previous; // the title the edit replaced, as this client saw it
        QString title;
    };
    QList<Ack> acks;
    QList<double> commitMs;
    QList<double> propagationMs;
    int refused = 0;
    QStringList errors;
    std::atomic<int> running{0};
};

class ClientThread : public QThread
{
public:
    ClientThread(int index, int edits, QString uri, Shared *shared)
        : m_index(index)
        , m_edits(edits)
        , m_uri(std::move(uri))
        , m_shared(shared)
    {}

    Workspace finalState;

protected:
    void run() override
    {
        QString error;
        OpenResult opened = openTeamDocument(m_uri, QStringLiteral("bench"), OpenMode::Edit);
        if (!opened.document) {
            QMutexLocker lock(&m_shared->mutex);
            m_shared->errors << opened.error;
            --m_shared->running;
            return;
        }
        Document &doc = *opened.document;
        QList<double> commitMs, propagationMs;
        QObject::connect(&doc, &Document::changed, [&](const ChangeSet &change) {
            if (!change.remote)
                return;
            const auto now = Clock::now();
            const Journey *j = doc.journey(kJourney);
            QMutexLocker lock(&m_shared->mutex);
            for (const ChangeSet::Item &item : change.changed) {
                if (item.kind != ItemKind::Step)
                    continue;
                const Step *s = j->step(item.id);
                const auto it = m_shared->committedAt.constFind(s->title);
                if (it != m_shared->committedAt.cend())
                    propagationMs.append(msBetween(it.value(), now));
            }
        });
        QRandomGenerator rng(quint32(1000 + m_index));
        int refused = 0;
        QList<Shared::Ack> acks;
        for (int i = 0; i < m_edits; ++i) {
            QCoreApplication::processEvents(); // catch up with the others
            Step s = *doc.journey(kJourney)->step(QStringLiteral("s%1").arg(rng.bounded(kSteps)));
            const QString previous = s.title;
            s.title = QStringLiteral("c%1 e%2").arg(m_index).arg(i);
            const auto start = Clock::now();
            const bool ok = doc.updateSteps(kJourney, {s}, &error);
            const auto end = Clock::now();
            if (!ok) {
                ++refused; // a stale revision: told, and the card reloaded
                continue;
            }
            commitMs.append(msBetween(start, end));
            acks.append({s.id, previous, s.title});
            QMutexLocker lock(&m_shared->mutex);
            m_shared->committedAt.insert(s.title, end);
        }
        --m_shared->running;
        // Keep listening until everyone is done and the last changes are in.
        while (m_shared->running > 0)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        const auto quietUntil = Clock::now() + std::chrono::milliseconds(1500);
        while (Clock::now() < quietUntil)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        doc.catchUpRemote(&error);
        finalState = doc.workspace();
        QMutexLocker lock(&m_shared->mutex);
        m_shared->commitMs << commitMs;
        m_shared->propagationMs << propagationMs;
        m_shared->acks << acks;
        m_shared->refused += refused;
    }

private:
    int m_index;
    int m_edits;
    QString m_uri;
    Shared *m_shared;
};

bool runTeam(test::PgServer &server, int clients, int edits, const Workspace &initial)
{
    QString error;
    const QString uri = server.uri(QStringLiteral("bench%1").arg(clients));
    if (!server.createDatabase(QStringLiteral("bench%1").arg(clients), &error))
        return std::fprintf(stderr, "%s\n", qPrintable(error)), false;
    {
        auto c = pg::Connection::open(uri, &error);
        auto store = c && team::createWorkspace(*c, QStringLiteral("bench"), &error)
                             ? TeamStore::open(uri, QStringLiteral("bench"), &error)
                             : nullptr;
        if (!store || !store->writeWorkspace(initial, &error))
            return std::fprintf(stderr, "push: %s\n", qPrintable(error)), false;
    }
    Shared shared;
    shared.running = clients;
    QList<ClientThread *> threads;
    for (int i = 0; i < clients; ++i)
        threads << new ClientThread(i, edits, uri, &shared);
    const auto start = Clock::now();
    for (ClientThread *t : threads)
        t->start();
    for (ClientThread *t : threads)
        t->wait();
    const double seconds = msBetween(start, Clock::now()) / 1000.0 - 1.5; // minus the quiet wait
    if (!shared.errors.isEmpty())
        return std::fprintf(stderr, "%s\n", qPrintable(shared.errors.first())), false;

    // The serial replay. The server takes an edit of a card only from a
    // client that saw the card's last acknowledged edit, so each card's
    // acknowledged edits form one chain, each replacing the title before it:
    // two edits that replaced the same title would be a lost update. (The
    // clients' clocks cannot order them: a thread may be preempted between
    // its commit and reading the clock.)
    QHash<QString, QHash<QString, QString>> next; // step -> previous title -> title
    int branches = 0;
    for (const Shared::Ack &a : std::as_const(shared.acks)) {
        QHash<QString, QString> &chain = next[a.step];
        branches += chain.contains(a.previous);
        chain.insert(a.previous, a.title);
    }
    Workspace expected = initial;
    qsizetype replayed = 0;
    for (auto it = next.cbegin(); it != next.cend(); ++it) {
        Step *step = expected.journeys.first().step(it.key());
        for (auto link = it->constFind(step->title); link != it->cend();
             link = it->constFind(step->title)) {
            step->title = *link;
            ++replayed;
        }
    }
    const bool chained = branches == 0 && replayed == shared.acks.size();
    Workspace onServer;
    auto reader = TeamStore::open(uri, QStringLiteral("bench"), &error);
    const bool loaded = reader && reader->load(&onServer, &error);
    bool same = chained && loaded && onServer == expected;
    int clientsDiffering = 0;
    for (ClientThread *t : threads) {
        if (!(t->finalState == expected))
            ++clientsDiffering;
    }
    same = same && clientsDiffering == 0;
    const Stats commit = stats(shared.commitMs);
    const Stats propagation = stats(shared.propagationMs);
    std::printf("PostgreSQL, %2d clients x %d edits: %6lld acknowledged, %4d refused (stale), "
                "%7.0f edits/s\n",
                clients, edits, static_cast<long long>(shared.acks.size()), shared.refused,
                double(shared.acks.size()) / seconds);
    std::printf("  commit latency       p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (goal at 10: p99 "
                "<= 20 ms)\n",
                commit.p50, commit.p99, commit.max);
    std::printf("  propagation latency  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  n=%lld  (goal at "
                "10: p99 <= 250 ms)\n",
                propagation.p50, propagation.p99, propagation.max,
                static_cast<long long>(propagation.n));
    std::printf("  final state = serial replay of the acknowledged edits: %s (%lld of %lld edits "
                "in one chain per card, %d lost; server %s, %d of %d clients differ)\n",
                same ? "yes" : "NO", static_cast<long long>(replayed),
                static_cast<long long>(shared.acks.size()), branches,
                loaded && onServer == expected ? "equal" : "differs", clientsDiffering, clients);
    qDeleteAll(threads);
    return same;
}

bool runSqlite(int edits, const Workspace &initial)
{
    QTemporaryDir dir;
    OpenResult created = createDocument(dir.filePath(QStringLiteral("bench.cjm")));
    QString error;
    if (!created.document || !writeWholeWorkspace(*created.document->store(), initial, &error))
        return std::fprintf(stderr, "sqlite: %s\n", qPrintable(error)), false;
    created.document.reset();
    OpenResult opened = openDocument(dir.filePath(QStringLiteral("bench.cjm")));
    if (!opened.document)
        return false;
    Document &doc = *opened.document;
    QRandomGenerator rng(7);
    QList<double> ms;
    Workspace expected = initial;
    const auto start = Clock::now();
    for (int i = 0; i < edits; ++i) {
        Step s = *doc.journey(kJourney)->step(QStringLiteral("s%1").arg(rng.bounded(kSteps)));
        s.title = QStringLiteral("e%1").arg(i);
        const auto t0 = Clock::now();
        if (!doc.updateSteps(kJourney, {s}, &error))
            return std::fprintf(stderr, "sqlite: %s\n", qPrintable(error)), false;
        ms.append(msBetween(t0, Clock::now()));
        expected.journeys.first().step(s.id)->title = s.title;
    }
    const double seconds = msBetween(start, Clock::now()) / 1000.0;
    opened.document.reset();
    OpenResult again = openDocument(dir.filePath(QStringLiteral("bench.cjm")), OpenMode::ReadOnly);
    const bool same = again.document && again.document->workspace() == expected;
    const Stats s = stats(ms);
    std::printf("SQLite .cjm, 1 writer x %d edits:             %7.0f edits/s\n", edits,
                double(edits) / seconds);
    std::printf("  commit latency       p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (no other "
                "client to reach)\n",
                s.p50, s.p99, s.max);
    std::printf("  final state = serial replay: %s\n", same ? "yes" : "NO");
    return same;
}

} // namespace

int main(int argc, char **argv)
{
    // The heap as the app sets it up (app/main.cpp).
    waymark::sys::preferHugePages();
    QCoreApplication app(argc, argv);
    const int edits = argc > 1 ? QByteArray(argv[1]).toInt() : 1000;
    const Workspace initial = generate();
    test::PgServer::Options options;
    options.durable = qEnvironmentVariableIsEmpty("BENCH_NO_FSYNC");
    options.maxConnections = 120;
    test::PgServer server(options);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "cannot start PostgreSQL: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("5,000-step workspace, local PostgreSQL (%s) on a Unix socket, %d cores\n",
                qPrintable(test::PgServer::binDir()), QThread::idealThreadCount());
    QList<int> clientCounts;
    for (int i = 2; i < argc; ++i)
        clientCounts << QByteArray(argv[i]).toInt();
    if (clientCounts.isEmpty())
        clientCounts = {10, 50};
    bool ok = runSqlite(10 * edits, initial);
    for (int clients : std::as_const(clientCounts))
        ok = runTeam(server, clients, edits, initial) && ok;
    return ok ? 0 : 1;
}
