#include "routeseparation.h"

#include "linkrouter.h"

#include <QSet>

#include <algorithm>
#include <cmath>
#include <queue>
#include <utility>

namespace waymark {

namespace {

constexpr double kEpsilon = 0.5;
constexpr double kTrack = 4;  // distance between routes sharing a corridor
constexpr double kReach = 10; // the most a nudge moves a run's ends

bool same(double a, double b)
{
    return std::abs(a - b) < kEpsilon;
}

using Member = RouteSeparation::Member;
using Group = RouteSeparation::Group;

// Calls `visit(index, key, from, to)` for each run of `pts` along the pass's
// orientation; true when two of them share a point.
template<typename Visit>
bool runsOf(const QPolygonF &pts, bool vertical, Visit visit)
{
    bool shared = false;
    int previous = -2;
    for (int i = 0; i + 1 < pts.size(); ++i) {
        const QPointF a = pts.at(i), b = pts.at(i + 1);
        const bool isVertical = same(a.x(), b.x());
        if (isVertical == same(a.y(), b.y()) || isVertical != vertical)
            continue; // a point, a slanted segment, or the other orientation
        const double coordinate = vertical ? a.x() : a.y();
        const double from = vertical ? std::min(a.y(), b.y()) : std::min(a.x(), b.x());
        const double to = vertical ? std::max(a.y(), b.y()) : std::max(a.x(), b.x());
        shared = shared || previous == i - 1;
        previous = i;
        // Runs that merely meet end to end may overlap once the other
        // orientation is nudged: give them room as if they were longer.
        visit(i, qint64(std::llround(coordinate * 2)), from - kReach, to + kReach);
    }
    return shared;
}

// Interval colouring: runs that overlap get different tracks; each run
// takes the lowest track free at its start. Tracks in use wait in a heap by
// their end, free ones in a heap by number (a gutter of a 50,000-step map
// holds hundreds of tracks). Sets the offsets; `order` receives the runs in
// the order they were coloured.
void colour(Group *group, double room, std::vector<int> *order)
{
    struct Run
    {
        int member;
        int unused;
        double from, to;
        int track;
        int spare;
    };
    std::vector<Run> runs;
    runs.reserve(group->members.size());
    for (size_t k = 0; k < group->members.size(); ++k)
        runs.push_back({int(k), 0, group->members[k].from, group->members[k].to, 0, 0});
    std::sort(runs.begin(), runs.end(), [](const Run &a, const Run &b) { return a.from < b.from; });
    using Busy = std::pair<double, int>; // end, track
    std::priority_queue<Busy, std::vector<Busy>, std::greater<>> busy;
    std::priority_queue<int, std::vector<int>, std::greater<>> free;
    int tracks = 0;
    for (Run &s : runs) {
        while (!busy.empty() && busy.top().first <= s.from + kEpsilon) {
            free.push(busy.top().second);
            busy.pop();
        }
        int track = tracks;
        if (free.empty()) {
            ++tracks;
        } else {
            track = free.top();
            free.pop();
        }
        busy.push({s.to, track});
        s.track = track;
    }
    group->nudges = tracks >= 2;
    if (order)
        order->clear();
    if (!group->nudges) {
        for (Member &m : group->members)
            m.offset = 0;
        return;
    }
    const double step = std::min(kTrack, room / (tracks - 1));
    for (const Run &s : runs) {
        group->members[size_t(s.member)].offset = (s.track - (tracks - 1) / 2.0) * step;
        if (order)
            order->push_back(s.member);
    }
}

double roomAt(const LinkRouter &router, bool vertical, qint64 key)
{
    return std::max(0.0, router.corridorRoom(vertical, double(key) / 2) - 2 * kEpsilon);
}

void place(QPolygonF *pts, int point, bool vertical, double value)
{
    QPointF &p = (*pts)[point];
    if (vertical)
        p.setX(value);
    else
        p.setY(value);
}

double along(const QPointF &p, bool vertical)
{
    return vertical ? p.x() : p.y();
}

} // namespace

void RouteSeparation::run(const LinkRouter &router, QList<QPolygonF> *routes, bool keep)
{
    m_kept = keep;
    m_shared = false;
    for (int p = 0; p < 3; ++p) {
        const bool vertical = p != 1;
        const QList<QPolygonF> in = *routes; // shared, not copied: the nudged ones detach
        // Every run of this orientation, grouped by the line it runs on,
        // each group's runs in route order: counted first, then filled.
        QHash<qint64, int> groupOf;
        std::vector<qint64> keys;
        std::vector<int> counts;
        for (int r = 0; r < in.size(); ++r) {
            m_shared = runsOf(in.at(r), vertical,
                              [&](int, qint64 key, double, double) {
                                  auto it = groupOf.find(key);
                                  if (it == groupOf.end()) {
                                      it = groupOf.insert(key, int(keys.size()));
                                      keys.push_back(key);
                                      counts.push_back(0);
                                  }
                                  ++counts[size_t(*it)];
                              })
                       || m_shared;
        }
        std::vector<std::shared_ptr<Group>> groups(keys.size());
        for (size_t g = 0; g < keys.size(); ++g) {
            groups[g] = std::make_shared<Group>();
            groups[g]->members.reserve(size_t(counts[g]));
        }
        for (int r = 0; r < in.size(); ++r) {
            runsOf(in.at(r), vertical, [&](int index, qint64 key, double from, double to) {
                groups[size_t(groupOf.value(key))]->members.push_back({r, index, from, to, 0});
            });
        }
        // Where each nudged point goes, from the points as they were, in the
        // order the groups and their colourings came.
        std::vector<int> order;
        for (size_t g = 0; g < keys.size(); ++g) {
            Group &group = *groups[g];
            if (group.members.size() < 2)
                continue;
            colour(&group, roomAt(router, vertical, keys[g]), &order);
            for (int k : order) {
                const Member &m = group.members[size_t(k)];
                for (int point : {m.index, m.index + 1})
                    place(&(*routes)[m.route], point, vertical,
                          along(in.at(m.route).at(point), vertical) + m.offset);
            }
        }
        if (keep) {
            Pass &state = m_passes[p];
            state.input = in;
            state.output = *routes;
            state.groups.clear();
            state.groups.reserve(qsizetype(keys.size()));
            for (size_t g = 0; g < keys.size(); ++g)
                state.groups.insert(keys[g], std::move(groups[g]));
        }
    }
    if (!keep) {
        for (Pass &p : m_passes)
            p = Pass();
    }
}

bool RouteSeparation::update(const RouteSeparation &previous, const LinkRouter &router,
                             QList<QPolygonF> *routes, const std::vector<int> &oldIndex,
                             std::vector<char> changed)
{
    if (!previous.m_kept || previous.m_shared)
        return false;
    const int n = int(routes->size());
    const int oldN = int(previous.m_passes[0].input.size());
    if (int(oldIndex.size()) != n || int(changed.size()) != n)
        return false;
    std::vector<int> newOf(size_t(oldN), -1);
    bool remap = n != oldN;
    for (int r = 0; r < n; ++r) {
        const int o = oldIndex[size_t(r)];
        if (o >= oldN || (o >= 0 && newOf[size_t(o)] >= 0))
            return false;
        if (o < 0) {
            changed[size_t(r)] = 1;
            remap = true;
            continue;
        }
        newOf[size_t(o)] = r;
        remap = remap || o != r;
    }
    Pass passes[3];
    QList<QPolygonF> current = *routes;
    for (int p = 0; p < 3; ++p) {
        const bool vertical = p != 1;
        const Pass &old = previous.m_passes[p];
        Pass &state = passes[p];
        state.input = current;
        // The lines runs left or joined: those of the changed routes, as
        // they were and as they are.
        QHash<qint64, std::vector<Member>> joined;
        for (int o = 0; o < oldN; ++o) {
            const int r = newOf[size_t(o)];
            if (r >= 0 && !changed[size_t(r)])
                continue;
            runsOf(old.input.at(o), vertical,
                   [&](int, qint64 key, double, double) { joined[key]; });
        }
        for (int r = 0; r < n; ++r) {
            if (!changed[size_t(r)])
                continue;
            const bool shared = runsOf(current.at(r), vertical,
                                       [&](int index, qint64 key, double from, double to) {
                                           joined[key].push_back({r, index, from, to, 0});
                                       });
            if (shared)
                return false;
        }
        state.groups = old.groups;
        if (remap) {
            for (auto it = state.groups.begin(); it != state.groups.end(); ++it) {
                auto group = std::make_shared<Group>(**it);
                for (Member &m : group->members)
                    m.route = newOf[size_t(m.route)];
                *it = std::move(group);
            }
        }
        // Those lines spread again, from their runs in route order (the
        // kept runs and the new ones, each already in that order, merged).
        // A run of an unchanged route moves only when its offset changed.
        QList<QPolygonF> out = current;
        for (int r = 0; r < n; ++r) {
            if (!changed[size_t(r)])
                out[r] = old.output.at(oldIndex[size_t(r)]);
        }
        std::vector<char> touched(size_t(n), 0);
        std::vector<Member> kept;
        std::vector<double> before; // a kept run's offset as it was (NaN: a new run)
        for (auto it = joined.begin(); it != joined.end(); ++it) {
            kept.clear();
            bool nudged = false;
            if (const auto was = state.groups.constFind(it.key()); was != state.groups.cend()) {
                nudged = (*was)->nudges;
                for (const Member &m : (*was)->members) {
                    if (m.route >= 0 && !changed[size_t(m.route)])
                        kept.push_back(m);
                }
            }
            auto group = std::make_shared<Group>();
            std::vector<Member> &members = group->members;
            members.reserve(kept.size() + it->size());
            before.clear();
            const auto order = [](const Member &a, const Member &b) {
                return std::tie(a.route, a.index) < std::tie(b.route, b.index);
            };
            auto a = kept.cbegin(), b = it->cbegin();
            while (a != kept.cend() || b != it->cend()) {
                if (b == it->cend() || (a != kept.cend() && order(*a, *b))) {
                    members.push_back(*a);
                    before.push_back(nudged ? a->offset : 0.0);
                    ++a;
                } else {
                    members.push_back(*b);
                    before.push_back(std::nan(""));
                    ++b;
                }
            }
            colour(group.get(), members.size() >= 2 ? roomAt(router, vertical, it.key()) : 0.0,
                   nullptr);
            for (size_t k = 0; k < members.size(); ++k) {
                const Member &m = members[k];
                const bool fresh = changed[size_t(m.route)];
                const double offset = group->nudges ? m.offset : 0.0;
                if (!fresh && before[k] == offset)
                    continue; // the same point as it came out before
                touched[size_t(m.route)] = 1;
                const QPolygonF &in = current.at(m.route);
                for (int point : {m.index, m.index + 1}) {
                    const double value = along(in.at(point), vertical);
                    place(&out[m.route], point, vertical, group->nudges ? value + m.offset : value);
                }
            }
            if (members.empty())
                state.groups.remove(it.key());
            else
                state.groups.insert(it.key(), std::move(group));
        }
        std::vector<char> next(size_t(n), 0);
        for (int r = 0; r < n; ++r) {
            const int o = oldIndex[size_t(r)];
            next[size_t(r)] = o < 0
                              || ((changed[size_t(r)] || touched[size_t(r)])
                                  && out.at(r) != old.output.at(o));
        }
        state.output = out;
        current = std::move(out);
        changed = std::move(next);
    }
    for (int p = 0; p < 3; ++p)
        m_passes[p] = std::move(passes[p]);
    m_kept = true;
    m_shared = false;
    *routes = std::move(current);
    return true;
}

} // namespace waymark
