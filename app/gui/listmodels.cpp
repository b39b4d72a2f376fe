#include "listmodels.h"

#include "document/document.h"
#include "documentcontroller.h"

namespace waymark {

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void DocumentListModel::setDocument(DocumentController *document)
{
    if (m_document == document)
        return;
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        connect(m_document, &DocumentController::revisionChanged, this,
                &DocumentListModel::refresh);
        connect(m_document, &DocumentController::documentChanged, this,
                &DocumentListModel::refresh);
    }
    Q_EMIT documentChanged();
    refresh();
}

void DocumentListModel::refresh()
{
    QList<QVariantMap> next
            = (m_document && m_document->document()) ? rows() : QList<QVariantMap>();
    if (next == m_rows)
        return;
    const bool countChanges = next.size() != m_rows.size();
    if (next.size() == m_rows.size() && !next.isEmpty()) {
        // Same rows, new values: keep the views' state (current item, scroll).
        QList<int> changed;
        for (int i = 0; i < next.size(); ++i) {
            if (next[i].value(QStringLiteral("id")) != m_rows[i].value(QStringLiteral("id"))) {
                changed.clear();
                break;
            }
            if (next[i] != m_rows[i])
                changed.append(i);
        }
        if (!changed.isEmpty()) {
            m_rows = std::move(next);
            for (int i : changed)
                Q_EMIT dataChanged(index(i), index(i));
            ++m_revision;
            Q_EMIT revisionChanged();
            return;
        }
    }
    beginResetModel();
    m_rows = std::move(next);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    ++m_revision;
    Q_EMIT revisionChanged();
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QStringList k = keys();
    const int key = role - Qt::UserRole - 1;
    if (role == Qt::DisplayRole)
        return m_rows[index.row()].value(QStringLiteral("name"));
    if (key < 0 || key >= k.size())
        return {};
    return m_rows[index.row()].value(k[key]);
}

QHash<int, QByteArray> DocumentListModel::roleNames() const
{
    QHash<int, QByteArray> names{{Qt::DisplayRole, "display"}};
    const QStringList k = keys();
    for (int i = 0; i < k.size(); ++i)
        names.insert(Qt::UserRole + 1 + i, k[i].toUtf8());
    return names;
}

QVariantMap DocumentListModel::get(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row] : QVariantMap();
}

int DocumentListModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].value(QStringLiteral("id")).toString() == id)
            return i;
    }
    return -1;
}

// ---- journeys, personas, channels, metrics

QStringList JourneyListModel::keys() const
{
    return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("state"),
            QStringLiteral("kind"), QStringLiteral("steps")};
}

QList<QVariantMap> JourneyListModel::rows() const
{
    QList<QVariantMap> out;
    for (const Journey &j : document()->document()->workspace().journeys) {
        out.append({{QStringLiteral("id"), j.id},
                    {QStringLiteral("name"), j.name},
                    {QStringLiteral("state"), enumName(j.state)},
                    {QStringLiteral("kind"), enumName(j.kind)},
                    {QStringLiteral("steps"), int(j.steps.size())}});
    }
    return out;
}

QStringList PersonaListModel::keys() const
{
    return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("goals"),
            QStringLiteral("quote"), QStringLiteral("description")};
}

QList<QVariantMap> PersonaListModel::rows() const
{
    QList<QVariantMap> out;
    for (const Persona &p : document()->document()->workspace().personas) {
        out.append({{QStringLiteral("id"), p.id},
                    {QStringLiteral("name"), p.name},
                    {QStringLiteral("goals"), p.goals},
                    {QStringLiteral("quote"), p.quote},
                    {QStringLiteral("description"), p.description}});
    }
    return out;
}

QStringList ChannelListModel::keys() const
{
    return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind"),
            QStringLiteral("icon"), QStringLiteral("uses")};
}

QList<QVariantMap> ChannelListModel::rows() const
{
    QList<QVariantMap> out;
    const Workspace &ws = document()->document()->workspace();
    for (const Channel &c : ws.channels) {
        int uses = 0;
        for (const Journey &j : ws.journeys) {
            for (const Step &s : j.steps)
                uses += s.channel == c.id;
        }
        out.append({{QStringLiteral("id"), c.id},
                    {QStringLiteral("name"), c.name},
                    {QStringLiteral("kind"), enumName(c.kind)},
                    {QStringLiteral("icon"), c.icon},
                    {QStringLiteral("uses"), uses}});
    }
    return out;
}

QStringList MetricListModel::keys() const
{
    return {QStringLiteral("id"),      QStringLiteral("name"),  QStringLiteral("kind"),
            QStringLiteral("formula"), QStringLiteral("green"), QStringLiteral("amber")};
}

QList<QVariantMap> MetricListModel::rows() const
{
    QList<QVariantMap> out;
    for (const MetricDef &m : document()->document()->workspace().metricDefs) {
        out.append({{QStringLiteral("id"), m.id},
                    {QStringLiteral("name"), m.name},
                    {QStringLiteral("kind"), enumName(m.kind)},
                    {QStringLiteral("formula"), enumName(m.formula)},
                    {QStringLiteral("green"), m.green ? QVariant(*m.green) : QVariant()},
                    {QStringLiteral("amber"), m.amber ? QVariant(*m.amber) : QVariant()}});
    }
    return out;
}

// ---- stages and lanes

void JourneyPartListModel::setJourneyId(const QString &id)
{
    if (m_journeyId == id)
        return;
    m_journeyId = id;
    Q_EMIT journeyIdChanged();
    refresh();
}

QStringList StageListModel::keys() const
{
    return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("description")};
}

QList<QVariantMap> StageListModel::rows() const
{
    QList<QVariantMap> out;
    if (const Journey *j = document()->document()->workspace().journey(journeyId())) {
        for (const Stage &s : j->stages) {
            out.append({{QStringLiteral("id"), s.id},
                        {QStringLiteral("name"), s.name},
                        {QStringLiteral("description"), s.description}});
        }
    }
    return out;
}

QStringList LaneListModel::keys() const
{
    return {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("kind")};
}

QList<QVariantMap> LaneListModel::rows() const
{
    QList<QVariantMap> out;
    if (const Journey *j = document()->document()->workspace().journey(journeyId())) {
        for (const Lane &l : j->lanes) {
            out.append({{QStringLiteral("id"), l.id},
                        {QStringLiteral("name"), l.name},
                        {QStringLiteral("kind"), enumName(l.kind)}});
        }
    }
    return out;
}

} // namespace waymark
