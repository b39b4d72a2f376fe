#include "listmodels.h"

#include "document/document.h"
#include "documentcontroller.h"

#include <QSet>

namespace waymark {

namespace {

QString idOf(const QVariantList &row)
{
    return row.value(0).toString();
}

} // namespace

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_follow(this, [this](const ChangeSet &change) { onChange(change); })
{}

void DocumentListModel::setDocument(DocumentController *document)
{
    if (m_follow.follow(document))
        Q_EMIT documentChanged();
}

void DocumentListModel::onChange(const ChangeSet &change)
{
    if (change.reset)
        resetRows();
    else if (doc() && concerns(change))
        syncRows();
}

void DocumentListModel::resetRows()
{
    QList<Row> next = doc() ? rows() : QList<Row>();
    if (next == m_rows)
        return;
    const bool countChanges = next.size() != m_rows.size();
    beginResetModel();
    m_rows = std::move(next);
    endResetModel();
    if (countChanges)
        Q_EMIT countChanged();
    ++m_revision;
    Q_EMIT revisionChanged();
}

// Brings the rows to the document's with as few row-level signals as it
// takes: removes, then moves and inserts in the new order, then dataChanged
// for rows whose values differ. The lists are short (stages, personas...).
void DocumentListModel::syncRows()
{
    const QList<Row> next = doc() ? rows() : QList<Row>();
    if (next == m_rows)
        return;
    const qsizetype before = m_rows.size();
    QSet<QString> keep;
    keep.reserve(next.size());
    for (const Row &r : next)
        keep.insert(idOf(r));
    for (qsizetype i = m_rows.size() - 1; i >= 0; --i) {
        if (keep.contains(idOf(m_rows[i])))
            continue;
        beginRemoveRows({}, int(i), int(i));
        m_rows.removeAt(i);
        endRemoveRows();
    }
    for (qsizetype i = 0; i < next.size(); ++i) {
        const QString id = idOf(next[i]);
        if (i < m_rows.size() && idOf(m_rows[i]) == id)
            continue;
        qsizetype from = -1;
        for (qsizetype j = i + 1; j < m_rows.size() && from < 0; ++j)
            from = idOf(m_rows[j]) == id ? j : -1;
        if (from >= 0) {
            beginMoveRows({}, int(from), int(from), {}, int(i));
            m_rows.move(from, i);
            endMoveRows();
        } else {
            beginInsertRows({}, int(i), int(i));
            m_rows.insert(i, next[i]);
            endInsertRows();
        }
    }
    for (qsizetype i = 0; i < next.size(); ++i) {
        if (m_rows[i] == next[i])
            continue;
        m_rows[i] = next[i];
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
    if (before != m_rows.size())
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
    if (role == Qt::DisplayRole)
        role = kNameRole;
    const Row &row = m_rows[index.row()];
    const int at = role - kIdRole;
    return at >= 0 && at < row.size() ? row[at] : QVariant();
}

QVariantMap DocumentListModel::get(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= m_rows.size())
        return out;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        const int at = it.key() - kIdRole;
        if (at >= 0 && at < m_rows[row].size())
            out.insert(QString::fromUtf8(it.value()), m_rows[row][at]);
    }
    return out;
}

int DocumentListModel::indexOf(const QString &id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (idOf(m_rows[i]) == id)
            return i;
    }
    return -1;
}

// ---- journeys, personas, channels, metrics

QHash<int, QByteArray> JourneyListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {IdRole, "id"},     {NameRole, "name"},
            {StateRole, "state"},         {KindRole, "kind"}, {StepsRole, "steps"}};
}

QList<DocumentListModel::Row> JourneyListModel::rows() const
{
    QList<Row> out;
    for (const Journey &j : doc()->workspace().journeys)
        out.append({j.id, j.name, enumName(j.state), enumName(j.kind), int(j.steps.size())});
    return out;
}

bool JourneyListModel::concerns(const ChangeSet &change) const
{
    const auto anyStep = [](const QList<ChangeSet::Item> &items) {
        return std::any_of(items.begin(), items.end(),
                           [](const ChangeSet::Item &i) { return i.kind == ItemKind::Step; });
    };
    return change.touches(ItemKind::Journey) || anyStep(change.added) || anyStep(change.removed);
}

QHash<int, QByteArray> PersonaListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {IdRole, "id"},       {NameRole, "name"},
            {GoalsRole, "goals"},         {QuoteRole, "quote"}, {DescriptionRole, "description"},
            {PhotoRole, "photo"}};
}

QList<DocumentListModel::Row> PersonaListModel::rows() const
{
    QList<Row> out;
    for (const Persona &p : doc()->workspace().personas)
        out.append({p.id, p.name, p.goals, p.quote, p.description, p.photo});
    return out;
}

bool PersonaListModel::concerns(const ChangeSet &change) const
{
    return change.touches(ItemKind::Persona);
}

QHash<int, QByteArray> ChannelListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {IdRole, "id"},     {NameRole, "name"},
            {KindRole, "kind"},           {IconRole, "icon"}, {UsesRole, "uses"}};
}

QList<DocumentListModel::Row> ChannelListModel::rows() const
{
    QList<Row> out;
    const Workspace &ws = doc()->workspace();
    QHash<QString, int> uses;
    for (const Journey &j : ws.journeys) {
        for (const Step &s : j.steps) {
            if (!s.channel.isEmpty())
                ++uses[s.channel];
        }
    }
    for (const Channel &c : ws.channels)
        out.append({c.id, c.name, enumName(c.kind), c.icon, uses.value(c.id)});
    return out;
}

bool ChannelListModel::concerns(const ChangeSet &change) const
{
    // Uses follow the cards: any card added, removed or changed, or a journey gone.
    return change.touches(ItemKind::Channel) || change.touches(ItemKind::Step)
           || change.touches(ItemKind::Journey);
}

QHash<int, QByteArray> MetricListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {IdRole, "id"},           {NameRole, "name"},
            {KindRole, "kind"},           {FormulaRole, "formula"}, {GreenRole, "green"},
            {AmberRole, "amber"}};
}

QList<DocumentListModel::Row> MetricListModel::rows() const
{
    QList<Row> out;
    for (const MetricDef &m : doc()->workspace().metricDefs) {
        out.append({m.id, m.name, enumName(m.kind), enumName(m.formula),
                    m.green ? QVariant(*m.green) : QVariant(),
                    m.amber ? QVariant(*m.amber) : QVariant()});
    }
    return out;
}

bool MetricListModel::concerns(const ChangeSet &change) const
{
    return change.touches(ItemKind::MetricDef);
}

// ---- stages and lanes

void JourneyPartListModel::setJourneyId(const QString &id)
{
    if (m_journeyId == id)
        return;
    m_journeyId = id;
    Q_EMIT journeyIdChanged();
    resetRows(); // another list altogether
}

const Journey *JourneyPartListModel::journey() const
{
    const Journey *j = doc() ? doc()->workspace().journey(m_journeyId) : nullptr;
    return j && j->id == m_journeyId ? j : nullptr;
}

bool JourneyPartListModel::concernsPart(const ChangeSet &change, ItemKind kind) const
{
    const auto journeyCameOrWent = [&](const QList<ChangeSet::Item> &items) {
        return std::any_of(items.begin(), items.end(), [&](const ChangeSet::Item &i) {
            return i.kind == ItemKind::Journey && i.id == m_journeyId;
        });
    };
    return change.touches(kind, m_journeyId) || journeyCameOrWent(change.added)
           || journeyCameOrWent(change.removed);
}

QHash<int, QByteArray> StageListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"},
            {IdRole, "id"},
            {NameRole, "name"},
            {DescriptionRole, "description"}};
}

QList<DocumentListModel::Row> StageListModel::rows() const
{
    QList<Row> out;
    if (const Journey *j = journey()) {
        for (const Stage &s : j->stages)
            out.append({s.id, s.name, s.description});
    }
    return out;
}

bool StageListModel::concerns(const ChangeSet &change) const
{
    return concernsPart(change, ItemKind::Stage);
}

QHash<int, QByteArray> LaneListModel::roleNames() const
{
    return {{Qt::DisplayRole, "display"}, {IdRole, "id"}, {NameRole, "name"}, {KindRole, "kind"}};
}

QList<DocumentListModel::Row> LaneListModel::rows() const
{
    QList<Row> out;
    if (const Journey *j = journey()) {
        for (const Lane &l : j->lanes)
            out.append({l.id, l.name, enumName(l.kind)});
    }
    return out;
}

bool LaneListModel::concerns(const ChangeSet &change) const
{
    return concernsPart(change, ItemKind::Lane);
}

} // namespace waymark
