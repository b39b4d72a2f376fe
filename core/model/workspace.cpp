#include "workspace.h"

#include <QSet>

namespace waymark {

namespace {

template<typename T>
const T *findById(const QList<T> &list, const IdIndex &index, QStringView id)
{
    const int i = index.find(list, id);
    return i < 0 ? nullptr : &list[i];
}

} // namespace

const Journey *Workspace::journey(QStringView idOrName) const
{
    if (const Journey *j = findById(journeys, journeyIndexById, idOrName))
        return j;
    for (const Journey &j : journeys) {
        if (j.name.compare(idOrName, Qt::CaseInsensitive) == 0)
            return &j;
    }
    return nullptr;
}

int Workspace::journeyIndex(QStringView id) const
{
    return journeyIndexById.find(journeys, id);
}

const Persona *Workspace::persona(QStringView id) const
{
    return findById(personas, personaIndex, id);
}

const Channel *Workspace::channel(QStringView id) const
{
    return findById(channels, channelIndex, id);
}

const MetricDef *Workspace::metricDef(QStringView id) const
{
    return findById(metricDefs, metricDefIndex, id);
}

const ImportSource *Workspace::source(QStringView id) const
{
    return findById(sources, sourceIndex, id);
}

const Picture *Workspace::picture(QStringView id) const
{
    return id.isEmpty() ? nullptr : findById(pictures, pictureIndex, id);
}

bool Workspace::pictureUsed(QStringView id) const
{
    for (const Persona &p : personas) {
        if (p.photo == id)
            return true;
    }
    for (const Journey &j : journeys) {
        for (const Step &s : j.steps) {
            if (s.picture == id)
                return true;
        }
    }
    return false;
}

QString uniqueId(const QString &base, const QStringList &taken)
{
    const QSet<QString> used(taken.begin(), taken.end());
    if (!base.isEmpty() && !used.contains(base))
        return base;
    const QString stem = base.isEmpty() ? QStringLiteral("id") : base;
    for (int n = 2;; ++n) {
        const QString candidate = stem + u'-' + QString::number(n);
        if (!used.contains(candidate))
            return candidate;
    }
}

} // namespace waymark
