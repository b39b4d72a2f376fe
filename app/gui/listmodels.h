#pragma once

#include "documentfollower.h"

#include <QAbstractListModel>
#include <QQmlEngine>
#include <QVariantMap>

namespace waymark {

class Document;
class DocumentController;
struct Journey;

// A list of rows read from the open document. Each subclass names its roles
// in an enum (the first two are always the id and the name) and builds its
// rows; the base follows the document's change feed and, for a change set
// that concerns the list, moves the views with row-level signals: inserts,
// removes, moves and dataChanged for the rows concerned. Only a reset of the
// document (another file, a reload) resets the model.
class DocumentListModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(waymark::DocumentController *document READ document WRITE setDocument NOTIFY
                       documentChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // Grows whenever a row changes: QML bindings that read rows by get() depend on it.
    Q_PROPERTY(int revision READ revision NOTIFY revisionChanged)

public:
    explicit DocumentListModel(QObject *parent = nullptr);

    DocumentController *document() const { return m_follow.controller(); }
    void setDocument(DocumentController *document);
    int count() const { return int(m_rows.size()); }
    int revision() const { return m_revision; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int indexOf(const QString &id) const;

    static constexpr int kIdRole = Qt::UserRole + 1;
    static constexpr int kNameRole = Qt::UserRole + 2;

Q_SIGNALS:
    void documentChanged();
    void countChanged();
    void revisionChanged();

protected:
    using Row = QVariantList; // one value per role, from kIdRole on
    // The rows now; only called with a document open.
    virtual QList<Row> rows() const = 0;
    // Whether a change set can change the rows.
    virtual bool concerns(const ChangeSet &change) const = 0;
    const Document *doc() const { return m_follow.document(); }
    void resetRows();
    void syncRows();

private:
    void onChange(const ChangeSet &change);

    DocumentFollower m_follow;
    QList<Row> m_rows;
    int m_revision = 0;
};

// The journeys of the file.
class JourneyListModel : public DocumentListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role { IdRole = kIdRole, NameRole, StateRole, KindRole, StepsRole };
    Q_ENUM(Role)
    using DocumentListModel::DocumentListModel;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QList<Row> rows() const override;
    bool concerns(const ChangeSet &change) const override;
};

// The personas of the file.
class PersonaListModel : public DocumentListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role { IdRole = kIdRole, NameRole, GoalsRole, QuoteRole, DescriptionRole, PhotoRole };
    Q_ENUM(Role)
    using DocumentListModel::DocumentListModel;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QList<Row> rows() const override;
    bool concerns(const ChangeSet &change) const override;
};

// The channels of the file, with how many cards use each.
class ChannelListModel : public DocumentListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role { IdRole = kIdRole, NameRole, KindRole, IconRole, UsesRole };
    Q_ENUM(Role)
    using DocumentListModel::DocumentListModel;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QList<Row> rows() const override;
    bool concerns(const ChangeSet &change) const override;
};

// The metric definitions of the file.
class MetricListModel : public DocumentListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role { IdRole = kIdRole, NameRole, KindRole, FormulaRole, GreenRole, AmberRole };
    Q_ENUM(Role)
    using DocumentListModel::DocumentListModel;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QList<Row> rows() const override;
    bool concerns(const ChangeSet &change) const override;
};

// Stages or lanes of one journey.
class JourneyPartListModel : public DocumentListModel
{
    Q_OBJECT
    Q_PROPERTY(QString journeyId READ journeyId WRITE setJourneyId NOTIFY journeyIdChanged)

public:
    using DocumentListModel::DocumentListModel;
    QString journeyId() const { return m_journeyId; }
    void setJourneyId(const QString &id);

Q_SIGNALS:
    void journeyIdChanged();

protected:
    const Journey *journey() const;
    bool concernsPart(const ChangeSet &change, ItemKind kind) const;

private:
    QString m_journeyId;
};

class StageListModel : public JourneyPartListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role { IdRole = kIdRole, NameRole, DescriptionRole };
    Q_ENUM(Role)
    using JourneyPartListModel::JourneyPartListModel;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QList<Row> rows() const override;
    bool concerns(const ChangeSet &change) const override;
};

class LaneListModel : public JourneyPartListModel
{
    Q_OBJECT
    QML_ELEMENT

public:
    enum Role { IdRole = kIdRole, NameRole, KindRole };
    Q_ENUM(Role)
    using JourneyPartListModel::JourneyPartListModel;
    QHash<int, QByteArray> roleNames() const override;

protected:
    QList<Row> rows() const override;
    bool concerns(const ChangeSet &change) const override;
};

} // namespace waymark
