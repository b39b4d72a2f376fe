#pragma once

// Hand-built journeys for the graph tests, written as one line:
//   "a>b:0.5"  flow link with a share      "a~b"  alternative link
//   "a=b"      handoff link                "a-b"  dependency link
//   "+a"       a is flagged as an entry    "*a"   a is flagged as a goal
//   "!a"       a step with no links
//   "a@web"    a's channel                 "a#Sales"  a's owner
// Steps are made in the order they first appear (all in a customer lane).

#include "model/journey.h"

#include <QStringList>

namespace waymark::test {

inline Step *ensureStep(Journey &j, const QString &id)
{
    if (Step *s = j.step(id))
        return s;
    Step s;
    s.id = id;
    s.stage = QStringLiteral("s1");
    s.lane = QStringLiteral("customer");
    s.title = QStringLiteral("Step ") + id;
    j.steps.append(s);
    return &j.steps.last();
}

inline Journey graphJourney(const QString &spec, const QString &id = QStringLiteral("j"))
{
    Journey j;
    j.id = id;
    j.name = QStringLiteral("Journey ") + id;
    j.stages = {{QStringLiteral("s1"), QStringLiteral("Stage"), {}}};
    j.lanes = {{QStringLiteral("customer"), QStringLiteral("Customer"), LaneKind::Customer},
               {QStringLiteral("notes"), QStringLiteral("Pain points"), LaneKind::PainPoints},
               {QStringLiteral("systems"), QStringLiteral("Systems"), LaneKind::Support}};
    const QStringList tokens = spec.split(u' ', Qt::SkipEmptyParts);
    for (const QString &token : tokens) {
        const QChar first = token.front();
        if (first == u'+' || first == u'*' || first == u'!') {
            Step *s = ensureStep(j, token.mid(1));
            if (first == u'+')
                s->entry = true;
            if (first == u'*')
                s->goal = true;
            continue;
        }
        if (const qsizetype at = token.indexOf(u'@'); at > 0) {
            ensureStep(j, token.left(at))->channel = token.mid(at + 1);
            continue;
        }
        if (const qsizetype at = token.indexOf(u'#'); at > 0) {
            ensureStep(j, token.left(at))->owner = token.mid(at + 1);
            continue;
        }
        qsizetype op = 1;
        while (op < token.size() && !QStringLiteral(">~=-").contains(token[op]))
            ++op;
        Q_ASSERT(op < token.size());
        QString to = token.mid(op + 1);
        Link l;
        if (const qsizetype colon = to.indexOf(u':'); colon > 0) {
            l.share = to.mid(colon + 1).toDouble();
            to = to.left(colon);
        }
        l.from = token.left(op);
        l.to = to;
        l.id = QStringLiteral("l%1").arg(j.links.size() + 1);
        const QChar kind = token[op];
        l.kind = kind == u'~'   ? LinkKind::Alternative
                 : kind == u'=' ? LinkKind::Handoff
                 : kind == u'-' ? LinkKind::Dependency
                                : LinkKind::Flow;
        ensureStep(j, l.from);
        ensureStep(j, l.to);
        j.links.append(l);
    }
    return j;
}

// "a,b|c" -> {{"a","b"},{"c"}}
inline QList<QStringList> groups(const QString &text)
{
    QList<QStringList> out;
    for (const QString &g : text.split(u'|', Qt::SkipEmptyParts))
        out.append(g.split(u',', Qt::SkipEmptyParts));
    return out;
}

inline QStringList ids(const QString &text)
{
    return text.split(u',', Qt::SkipEmptyParts);
}

} // namespace waymark::test
