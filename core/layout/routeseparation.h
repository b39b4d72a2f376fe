#pragma once

#include <QHash>
#include <QList>
#include <QPolygonF>

#include <memory>
#include <vector>

namespace waymark {

class LinkRouter;

// Spreads routes that run along one line side by side in their corridor
// (LinkRouter::separate): vertical runs, then horizontal ones (whose ends
// the first pass moved), then vertical again. Each pass keeps what it
// decided per line, so that after an edit only the lines whose runs changed
// are spread again; the result is the same, to the bit, as spreading all.
class RouteSeparation
{
public:
    // All routes, from scratch. `keep`: remember the passes for update().
    void run(const LinkRouter &router, QList<QPolygonF> *routes, bool keep);
    // `routes` are the unspread routes of a new layout with the same
    // corridors as the one `previous` spread; `oldIndex[r]` is route r's
    // index there (-1: new), `changed[r]` whether its unspread polyline may
    // differ from the one it had there. False (and `routes` untouched)
    // when `previous` cannot be updated: run() then.
    bool update(const RouteSeparation &previous, const LinkRouter &router, QList<QPolygonF> *routes,
                const std::vector<int> &oldIndex, std::vector<char> changed);
    // The routes as they were before any pass.
    const QList<QPolygonF> &unspread() const { return m_passes[0].input; }
    bool kept() const { return m_kept; }

    // One run along a line, as a pass sees it (public for the helpers).
    struct Member
    {
        int route;
        int index; // the segment from point `index` to `index + 1`
        double from, to;
        double offset = 0;
    };
    struct Group
    {
        std::vector<Member> members; // by route, then index
        bool nudges = false;         // false: fewer than two tracks, nothing moves
    };

private:
    struct Pass
    {
        QList<QPolygonF> input, output;
        QHash<qint64, std::shared_ptr<const Group>> groups; // by line (coordinate in half units)
    };
    Pass m_passes[3];
    bool m_kept = false;
    // A point that ends two runs of one pass: the later nudge wins, which
    // only a pass over everything reproduces.
    bool m_shared = false;
};

} // namespace waymark
